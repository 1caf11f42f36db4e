import Foundation
import LeverageCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An `flock` on `JOURNAL-lock` beside the journal's real path (its links resolved): every
/// coach holds it shared for its whole run, and a restore holds it exclusive, so a restore
/// never replaces a journal a coach is showing, whichever symlink either was given. The
/// kernel drops the lock when the process ends, `kill -9` included, so a dead coach never
/// blocks a restore. It is a file of its own: opening and closing the journal itself would
/// drop SQLite's POSIX locks on it. A hard link has another path, so a restore also asks
/// the kernel whether another process holds SQLite's lock on the journal file itself
/// (`othersHaveOpen`), which every open connection in WAL mode does.
public final class JournalLock: Sendable {
  private let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  static func path(journal: String) -> String {
    BackupFolder.realPath(of: journal) + "-lock"
  }

  /// Taken by the coach; refused only while a restore is under way.
  public static func coach(journal: String) throws(JournalError) -> JournalLock {
    try take(journal: journal, operation: LOCK_SH) {
      .other("\(journal) is being restored from a backup; try again in a moment.")
    }
  }

  /// Taken by a restore before it opens the journal; refused while any coach, or any other
  /// program, has the journal open, under any name.
  public static func restore(journal: String) throws(JournalError) -> JournalLock {
    let busy = JournalError.other("A coach has \(journal) open; quit it (Ctrl-Q), then restore.")
    let lock = try take(journal: journal, operation: LOCK_EX) { busy }
    if othersHaveOpen(journal) { throw busy }
    return lock
  }

  /// Whether another process holds SQLite's shared lock on the journal file: a connection
  /// in WAL mode keeps it for as long as it is open. `F_GETLK` only asks, and the file is
  /// opened before this process opens the journal, so closing it drops no lock of ours.
  static func othersHaveOpen(_ journal: String) -> Bool {
    let fd = open(journal, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var probe = flock()
    probe.l_type = Int16(F_WRLCK)
    probe.l_whence = Int16(SEEK_SET)
    probe.l_start = sqliteSharedFirst
    probe.l_len = sqliteSharedSize
    guard fcntl(fd, F_GETLK, &probe) == 0 else { return false }
    return probe.l_type != Int16(F_UNLCK)
  }

  /// SQLite's lock bytes: the shared range starts two bytes past its pending byte (1 GiB).
  private static let sqliteSharedFirst: off_t = 0x4000_0002
  private static let sqliteSharedSize: off_t = 510

  private static func take(
    journal: String, operation: Int32, busy: () -> JournalError
  ) throws(JournalError) -> JournalLock {
    let lockPath = path(journal: journal)
    let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw .other("Cannot open the lock file \(lockPath) (\(String(cString: strerror(errno)))).")
    }
    while flock(fd, operation | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      let code = errno
      close(fd)
      if code == EWOULDBLOCK { throw busy() }
      throw .other("Cannot lock \(lockPath) (\(String(cString: strerror(code)))).")
    }
    return JournalLock(descriptor: fd)
  }
}
