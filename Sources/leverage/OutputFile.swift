import Foundation
import LeverageCore

/// Where `export` and `brief` send their text: stdout, or a file written atomically that an
/// existing one is only replaced by with `--force`.
enum OutputFile {
  /// Checked before any work, so a refusal costs nothing; `write` checks again at the end.
  static func refuseExisting(_ path: String?, force: Bool) throws {
    var isFolder: ObjCBool = false
    if let path, !force, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
      !isFolder.boolValue
    {
      throw UserError(message: "\(path) already exists; pass --force to replace it.")
    }
  }

  static func write(_ text: String, to path: String?, force: Bool) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try AtomicFile.write(text, to: path, overwrite: force)
    } catch .exists(let path) {
      throw UserError(message: "\(path) already exists; pass --force to replace it.")
    } catch {
      throw UserError(message: error.message)
    }
  }
}
