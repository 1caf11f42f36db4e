import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The journal file on disk, checked and prepared before SQLite is allowed to touch it.
struct JournalLocation {
  let path: String

  var folder: String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  static func defaultPath(environment: [String: String]) -> String {
    if let path = environment["LEVERAGE_JOURNAL"], !path.isEmpty {
      return path
    }
    // The XDG spec says to ignore a relative XDG_DATA_HOME.
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return data + "/leverage/journal.sqlite"
    }
    let home =
      environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FileManager.default.homeDirectoryForCurrentUser.path
    return home + "/.local/share/leverage/journal.sqlite"
  }

  /// Whether SQLite will be able to write the file and create its -wal and -shm beside it.
  var isWritable: Bool {
    let fileOK = access(path, F_OK) != 0 || access(path, W_OK) == 0
    return fileOK && access(folder, W_OK) == 0
  }

  /// Refuses paths SQLite must not open, creates what is missing with owner-only permissions,
  /// and returns warnings about an existing file.
  func prepare() throws(JournalError) -> [String] {
    var info = stat()
    guard stat(path, &info) == 0 else {
      try create()
      return []
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw .isDirectory(path: path)
    }
    if info.st_size > 0 {
      try checkHeader()
    }
    guard isWritable else { throw .readOnly(path: path) }
    return warnings(mode: info.st_mode)
  }

  private func create() throws(JournalError) {
    // Owner-only from birth: chmod after creating would leave a moment where others can read.
    let previous = umask(0o077)
    defer { umask(previous) }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateFolder(path: folder)
    }
    guard access(folder, W_OK) == 0 else { throw .readOnly(path: path) }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      close(descriptor)
    } else if errno != EEXIST {
      throw .other(
        "Cannot create \(path) (\(String(cString: strerror(errno)))). "
          + "Check the folder or pass another path with --journal.")
    }
  }

  /// Garbage is refused before SQLite opens it, so a wrong --journal never gets -wal and -shm
  /// files nor a rewritten header.
  private func checkHeader() throws(JournalError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .other("Cannot read \(path). Check its permissions or pass another with --journal.")
    }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    guard header == Data("SQLite format 3\0".utf8) else { throw .notADatabase(path: path) }
  }

  private func warnings(mode: mode_t) -> [String] {
    guard mode & 0o077 != 0 else { return [] }
    let name = (path as NSString).lastPathComponent
    let exposure = mode & 0o044 != 0 ? "readable" : "writable"
    return ["\(name) is \(exposure) by other users; run chmod 600 \(path)"]
  }
}
