import Foundation
import LeverageCore

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

  /// What `prepare` made: removed again when the journal is refused after all, so a refused
  /// path leaves nothing behind.
  struct Created {
    /// The empty file, when it was made here.
    var file: String?
    /// The folders made, deepest last.
    var folders: [String] = []

    func remove() {
      if let file {
        for suffix in ["-wal", "-shm", ""] { unlink(file + suffix) }
      }
      for folder in folders.reversed() { rmdir(folder) }
    }
  }

  /// Refuses paths SQLite must not open, creates what is missing with owner-only permissions,
  /// and returns warnings about an existing file and what it created. Only a regular file
  /// is a journal: a device, FIFO or socket is refused before anything is created (SQLite
  /// would make `/dev/null-journal` beside `/dev/null`).
  func prepare() throws(JournalError) -> (warnings: [String], created: Created) {
    try checkLength()
    var info = stat()
    guard stat(path, &info) == 0 else {
      return ([], try create())
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: throw .isDirectory(path: path)
    case S_IFREG: break
    default: throw .notARegularFile(path: path)
    }
    if info.st_size > 0 {
      try checkHeader()
    }
    guard isWritable else { throw .readOnly(path: path) }
    return (warnings(mode: info.st_mode), Created())
  }

  /// A name the system cannot hold is refused before any folder on the way is made. The
  /// `-wal` beside the journal must fit too.
  private func checkLength() throws(JournalError) {
    let walPath = path + "-wal"
    let tooLong =
      walPath.utf8.count >= Int(PATH_MAX)
      || walPath.split(separator: "/").contains { $0.utf8.count > Int(NAME_MAX) }
    if tooLong { throw .pathTooLong(path: path) }
  }

  private func create() throws(JournalError) -> Created {
    // Owner-only from birth: chmod after creating would leave a moment where others can read.
    let previous = umask(0o077)
    defer { umask(previous) }
    var created = Created()
    do throws(JournalError) {
      created.folders = try Self.createFolders(folder)
      guard access(folder, W_OK) == 0 else { throw .readOnly(path: path) }
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        close(descriptor)
        created.file = path
      } else if errno != EEXIST {
        throw .other(
          "Cannot create \(path) (\(String(cString: strerror(errno)))). "
            + "Check the folder or pass another path with --journal.")
      }
    } catch {
      created.remove()
      throw error
    }
    return created
  }

  /// Makes the missing folders of `folder` one at a time, so the ones made can be removed
  /// if a deeper one fails; an existing folder is left as it is.
  private static func createFolders(_ folder: String) throws(JournalError) -> [String] {
    var missing: [String] = []
    var current = folder
    var info = stat()
    while !current.isEmpty, current != "/", current != ".", stat(current, &info) != 0 {
      missing.append(current)
      current = (current as NSString).deletingLastPathComponent
    }
    var made: [String] = []
    for folder in missing.reversed() {
      guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
        for made in made.reversed() { rmdir(made) }
        throw .cannotCreateFolder(path: folder)
      }
      made.append(folder)
    }
    return made
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
