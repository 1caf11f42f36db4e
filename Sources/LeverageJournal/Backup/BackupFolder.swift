import Foundation
import LeverageCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where one journal's backups live: `$XDG_STATE_HOME/leverage/backups/BASE-HASH/`, where BASE
/// is the journal's file name without `.sqlite` and HASH is 8 hex digits of its absolute
/// path, so two journals never share (or prune) each other's copies.
public struct BackupFolder: Equatable, Sendable {
  public let path: String
  /// What every backup file of this journal starts with: `journal` for `journal.sqlite`.
  public let base: String

  public init(path: String, base: String) {
    self.path = path
    self.base = base
  }

  public static func of(journal: String, environment: [String: String]) -> BackupFolder {
    let absolute = absolutePath(of: journal)
    let fileName = (absolute as NSString).lastPathComponent
    let base =
      fileName.hasSuffix(BackupName.suffix)
      ? String(fileName.dropLast(BackupName.suffix.count)) : fileName
    let folder = "\(base)-\(hexHash(absolute))"
    return BackupFolder(path: root(environment: environment) + "/" + folder, base: base)
  }

  /// `$XDG_STATE_HOME/leverage/backups`, or `~/.local/state/leverage/backups`; the XDG spec
  /// says to ignore a relative XDG_STATE_HOME.
  static func root(environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/leverage/backups"
    }
    let home =
      environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FileManager.default.homeDirectoryForCurrentUser.path
    return home + "/.local/state/leverage/backups"
  }

  /// The journal's folder with its links resolved (it exists once the journal is open), so
  /// `./journal.sqlite` and its full path share one backup folder.
  static func absolutePath(of journal: String) -> String {
    let folder = (journal as NSString).deletingLastPathComponent
    let name = (journal as NSString).lastPathComponent
    guard let resolved = realpath(folder.isEmpty ? "." : folder, nil) else { return journal }
    defer { free(resolved) }
    let resolvedFolder = String(cString: resolved)
    return (resolvedFolder == "/" ? "" : resolvedFolder) + "/" + name
  }

  /// The journal's path with every link resolved, the file's own name included, so a
  /// symlink and its target share one lock; the absolute path while it does not exist yet.
  static func realPath(of journal: String) -> String {
    guard let resolved = realpath(journal, nil) else { return absolutePath(of: journal) }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// FNV-1a: stable from run to run, unlike Swift's seeded `Hasher`.
  static func hexHash(_ text: String) -> String {
    var hash: UInt32 = 0x811c_9dc5
    for byte in text.utf8 {
      hash = (hash ^ UInt32(byte)) &* 0x0100_0193
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }

  public func filePath(_ name: BackupName) -> String {
    path + "/" + name.fileName(base: base)
  }

  /// Creates the folder and the missing ones above it 0700; existing ones are left as they are.
  func create() throws(JournalError) {
    let previous = umask(0o077)
    defer { umask(previous) }
    var missing: [String] = []
    var current = path
    var info = stat()
    while !current.isEmpty, current != "/", stat(current, &info) != 0 {
      missing.append(current)
      current = (current as NSString).deletingLastPathComponent
    }
    for folder in missing.reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST {
      throw .other(
        "Cannot create the backup folder \(folder) (\(String(cString: strerror(errno)))). "
          + "Check its permissions, or set XDG_STATE_HOME to a folder you can write.")
    }
  }

  /// The backups of this journal, as found on disk.
  public func copies() -> [BackupCopy] {
    entries().compactMap { fileName in
      guard let name = BackupName.parse(fileName, base: base) else { return nil }
      var info = stat()
      guard stat(path + "/" + fileName, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
        return nil
      }
      let modified = Date(
        timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
      return BackupCopy(fileName: fileName, name: name, modified: modified)
    }
  }

  /// Temporary files whose writer is gone: a `kill -9` during a backup leaves one (and
  /// SQLite's `-journal` beside it). Their names carry the writer's process id.
  func removeLeftovers() {
    for fileName in entries() where fileName.hasPrefix(BackupName.temporaryPrefix) {
      let pid = fileName.dropFirst(BackupName.temporaryPrefix.count).split(separator: "-").first
        .flatMap { pid_t($0) }
      guard let pid, pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink(path + "/" + fileName)
    }
  }

  func temporaryPath(for name: BackupName) -> String {
    let random = UInt32.random(in: 0...UInt32.max)
    return path + "/\(BackupName.temporaryPrefix)\(getpid())-\(random)-" + name.fileName(base: base)
  }

  private func entries() -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names
  }
}
