import Foundation
import GRDB
import LeverageCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One backup as `leverage backup list` shows it.
public struct BackupSummary: Equatable, Sendable {
  public let path: String
  public let name: BackupName
  public let bytes: Int64
  /// The answers in it (every live revision), or nil when it cannot be read as a journal.
  public let answers: Int?
}

/// Backups are whole journals copied by SQLite's online backup, which reads a consistent
/// snapshot while other windows keep writing; `cp` of a live journal can copy a torn file.
public enum JournalBackup {
  /// The tables every Leverage journal has had since v1.
  static let requiredTables: Set<String> = ["session", "answer", "draft", "setting"]

  /// Refuses a file that is not a sound Leverage journal (not a regular file, not SQLite, not
  /// our tables, from a newer Leverage, or failing `PRAGMA quick_check`), reading it only;
  /// returns its answer count.
  public static func check(_ path: String) throws(JournalError) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw .other("\(path) does not exist; `leverage backup list` shows the backups.")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .isDirectory(path: path)
    default: throw .notARegularFile(path: path)
    }
    let queue = try openReadOnly(path)
    return try attempt(path) {
      try queue.read { db in
        try JournalSchema.checkCompatible(db, path: path)
        let tables = try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        guard requiredTables.isSubset(of: tables) else {
          throw JournalError.notADatabase(path: path)
        }
        guard try String.fetchAll(db, sql: "PRAGMA quick_check") == ["ok"] else {
          throw JournalError.other(
            "\(path) is damaged (it fails SQLite's quick check); pick another backup.")
        }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer WHERE deletedAt IS NULL")
          ?? 0
      }
    }
  }

  /// The journal's backups, newest first.
  public static func summaries(in folder: BackupFolder) -> [BackupSummary] {
    folder.copies()
      .sorted { ($0.name.day, $0.modified) > ($1.name.day, $1.modified) }
      .map { copy in
        let path = folder.path + "/" + copy.fileName
        var info = stat()
        let bytes = stat(path, &info) == 0 ? Int64(info.st_size) : 0
        return BackupSummary(
          path: path, name: copy.name, bytes: bytes, answers: try? check(path))
      }
  }

  /// A read-only connection that creates nothing beside the file: backups are written in
  /// rollback mode, so no `-wal` or `-shm` is needed to read them.
  static func openReadOnly(_ path: String) throws(JournalError) -> DatabaseQueue {
    guard isSQLite(path) else { throw .notADatabase(path: path) }
    var configuration = Configuration()
    configuration.readonly = true
    return try attempt(path) { try DatabaseQueue(path: path, configuration: configuration) }
  }

  private static func isSQLite(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\0".utf8)
  }

  static func attempt<T>(_ path: String, _ body: () throws -> T) throws(JournalError) -> T {
    do {
      return try body()
    } catch {
      throw JournalError(error, path: path)
    }
  }

  /// Makes the data of `path` durable before it gets its final name: without it a crash
  /// right after the rename can leave an empty file under that name.
  static func syncFile(_ path: String) throws(JournalError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw failure(errno, path) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw failure(errno, path) }
  }

  /// The rename is durable only once the folder's entry is on disk.
  static func syncFolder(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  static func failure(_ code: Int32, _ path: String) -> JournalError {
    code == ENOSPC
      ? .diskFull(path: path)
      : .other("Cannot write the backup \(path) (\(String(cString: strerror(code)))).")
  }
}

extension JournalBackup {
  /// Answers, offers, drafts or prompts moved past: a new journal has only the seeded
  /// action items.
  static func holdsUserData(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db,
      sql: "SELECT EXISTS (SELECT 1 FROM answer) OR EXISTS (SELECT 1 FROM offer) "
        + "OR EXISTS (SELECT 1 FROM draft) OR EXISTS (SELECT 1 FROM setting "
        + "WHERE key = ? AND value NOT IN ('', '[]'))",
      arguments: [SettingRecord.skippedKey]) ?? false
  }

  /// Copies the journal open in `source` to `name` in `folder`, from a consistent snapshot
  /// while others keep writing, then deletes the copies `BackupRetention` no longer keeps;
  /// returns the copy's path. The copy is written under a temporary name, synced, then given
  /// its name without ever replacing a file (`publish`), so a kill leaves the copies there
  /// were, and at most a temporary file that the next backup removes.
  static func copy(
    _ source: DatabaseQueue, to name: BackupName, in folder: BackupFolder
  ) throws(JournalError) -> String {
    try folder.create()
    folder.removeLeftovers()
    let temporary = folder.temporaryPath(for: name)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw failure(errno, folder.filePath(name)) }
    close(fd)
    let target: String
    do throws(JournalError) {
      try attempt(folder.filePath(name)) {
        let destination = try DatabaseQueue(path: temporary)
        try source.backup(to: destination)
        // A self-contained file: the copy of a WAL journal would otherwise want -wal and
        // -shm files beside it to be read.
        try destination.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try destination.close()
      }
      try syncFile(temporary)
      target = try publish(temporary, as: name, in: folder)
    } catch {
      for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
      throw error
    }
    unlink(temporary)
    syncFolder(folder.path)
    // The copy just made always stays: with the clock set back it would be the oldest.
    for copy in BackupRetention.expired(folder.copies())
    where copy.fileName != (target as NSString).lastPathComponent {
      unlink(folder.path + "/" + copy.fileName)
    }
    return target
  }
}

extension JournalStore {
  /// Replaces the whole journal with the journal at `path` through SQLite's backup into this
  /// connection: one write transaction, so a kill leaves the old journal or the new one,
  /// and the `-wal` and `-shm` files stay SQLite's to manage.
  public func restore(from path: String) throws(JournalError) {
    let source = try JournalBackup.openReadOnly(path)
    try replaceContents(with: source)
  }
}

extension JournalBackup {
  /// Gives the finished copy at `temporary` its name without replacing any file: `link`
  /// fails rather than overwrite, so two restores in one second keep both copies (the
  /// second takes the next number). A day's copy made meanwhile by another window is kept
  /// and this one dropped. Returns the name's path; the caller removes `temporary`.
  static func publish(
    _ temporary: String, as name: BackupName, in folder: BackupFolder
  ) throws(JournalError) -> String {
    var name = name
    while true {
      let target = folder.filePath(name)
      if claim(target, from: temporary) == 0 { return target }
      let code = errno
      guard code == EEXIST else { throw failure(code, target) }
      if name.reason == .daily { return target }
      name = name.next()
    }
  }

  /// `link`, or on a file system without hard links, an exclusive empty file renamed over.
  private static func claim(_ target: String, from temporary: String) -> Int32 {
    if link(temporary, target) == 0 { return 0 }
    guard [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK].contains(errno) else { return -1 }
    let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return -1 }
    close(fd)
    return rename(temporary, target)
  }
}
