import Foundation
import LeverageCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An `flock` on `JOURNAL-lock` beside the journal: every coach holds it shared for its
/// whole run, and a restore holds it exclusive, so a restore never replaces a journal a coach
/// is showing. The kernel drops the lock when the process ends, `kill -9` included, so a
/// dead coach never blocks a restore. It is a file of its own: opening and closing the
/// journal itself would drop SQLite's POSIX locks on it.
public final class JournalLock: Sendable {
  private let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  static func path(journal: String) -> String {
    journal + "-lock"
  }

  /// Taken by the coach; refused only while a restore is under way.
  public static func coach(journal: String) throws(JournalError) -> JournalLock {
    try take(journal: journal, operation: LOCK_SH) {
      .other("\(journal) is being restored from a backup; try again in a moment.")
    }
  }

  /// Taken by a restore; refused while any coach has the journal open.
  public static func restore(journal: String) throws(JournalError) -> JournalLock {
    try take(journal: journal, operation: LOCK_EX) {
      .other("A coach has \(journal) open; quit it (q), then restore.")
    }
  }

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
