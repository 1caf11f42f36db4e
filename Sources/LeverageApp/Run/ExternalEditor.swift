import Foundation
import LeverageCore

/// The user's own editor for a long answer, as bash's Ctrl-X Ctrl-E and jrnl open it: the
/// text goes into a private temporary file, `$VISUAL` (else `$EDITOR`) edits it, and the
/// file is read back and removed.
///
/// An editor that returns at once while its window stays open (an editor server, `code`
/// without `--wait`) leaves the file unchanged: the file is then kept, lent to that prompt,
/// so that saving in the editor and pressing Ctrl-X Ctrl-E again brings the text back.
public struct ExternalEditor {
  private let environment: [String: String]
  private let temporaryFolder: String
  /// The file an editor returned from unchanged, and the prompt it was opened for.
  private var lent: LentFile?

  private struct LentFile {
    let path: String
    let prompt: PromptKey
    let written: Data
  }

  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    temporaryFolder: String = NSTemporaryDirectory()
  ) {
    self.environment = environment
    self.temporaryFolder = temporaryFolder
  }

  /// Edits `text`, the answer to `prompt` as typed so far; runs in the terminal's place.
  public mutating func edit(_ text: String, for prompt: PromptKey) -> CoachEvent {
    if let lent, lent.prompt == prompt, let saved = read(lent.path), saved != lent.written {
      discard()
      return returned(saved)
    }
    discard()
    guard let command = ShellCommand.configured(["VISUAL", "EDITOR"], in: environment) else {
      return .editorFailed(message: "Set $VISUAL or $EDITOR to write this answer in your editor.")
    }
    let written = Data(Self.withFinalNewline(text).utf8)
    guard let path = Self.privateFile(holding: written, in: temporaryFolder) else {
      return .editorFailed(message: "Could not make a temporary file for your editor.")
    }
    let outcome = ShellCommand.run(command, arguments: [path])
    guard outcome == .exited(status: 0) else {
      Self.remove(path)
      return .editorFailed(message: "Your editor \(outcome.description); the answer is as it was.")
    }
    guard let edited = read(path) else {
      let problem = Self.whatIsAt(path)
      Self.remove(path)
      return .editorFailed(message: "Your editor \(problem); the answer is as it was.")
    }
    guard edited != written else {
      lent = LentFile(path: path, prompt: prompt, written: written)
      return .editorLeftUnchanged
    }
    Self.remove(path)
    return returned(edited)
  }

  /// Removes a lent file; the coach calls it when it quits.
  public mutating func discard() {
    if let lent { Self.remove(lent.path) }
    lent = nil
  }

  private func returned(_ data: Data) -> CoachEvent {
    guard let text = String(data: data, encoding: .utf8) else {
      return .editorFailed(
        message: "Your editor left text that is not UTF-8; the answer is as it was.")
    }
    return .editorReturned(Self.withoutFinalNewline(text))
  }

  /// The file's bytes, or nil when it is gone or no longer a plain file.
  private func read(_ path: String) -> Data? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
    else { return nil }
    return FileManager.default.contents(atPath: path)
  }

  private static func whatIsAt(_ path: String) -> String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return "removed the file it was given"
    }
    return isFolder.boolValue ? "left a folder where its file was" : "left a file it cannot read"
  }

  /// mkstemps creates the file 0600, so the draft is never readable by others.
  private static func privateFile(holding data: Data, in folder: String) -> String? {
    let name = URL(fileURLWithPath: folder).appendingPathComponent("leverage-answer-XXXXXX.txt")
    var template = Array(name.path.utf8CString)
    let descriptor = mkstemps(&template, 4)
    guard descriptor >= 0 else { return nil }
    let path = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: data)
      try handle.close()
    } catch {
      remove(path)
      return nil
    }
    return path
  }

  /// Whatever the editor left there, a file or a folder, goes.
  private static func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// A text file ends with a newline, so an editor that appends starts a line of its own
  /// instead of gluing its text to the last word.
  static func withFinalNewline(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }

  /// Editors end a file with a newline the user did not type as part of the answer.
  static func withoutFinalNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
  }
}
