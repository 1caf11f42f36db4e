import Foundation
import GRDB
import LeverageCore

/// Why the journal could not be opened or written. Messages name the file and the way out, and
/// never quote an answer, because they end up on screen and in bug reports.
public enum JournalError: Error, Equatable, Sendable {
  case notADatabase(path: String)
  case newerVersion(path: String)
  case readOnly(path: String)
  case isDirectory(path: String)
  case notARegularFile(path: String)
  case pathTooLong(path: String)
  case cannotCreateFolder(path: String)
  case busy(path: String)
  case diskFull(path: String)
  case other(String)

  /// What went wrong while the coach is open, short enough for its one-line notice: the
  /// journal is the one the user opened, so its path would only push the advice off screen.
  public var briefMessage: String {
    switch self {
    case .diskFull: "the disk is full. Free some space, then try again."
    case .readOnly: "the journal has become read-only. Fix its permissions, then try again."
    case .busy: "the journal is busy in another window. Try again in a moment."
    default: message
    }
  }

  /// One line: what is wrong, then what to do.
  public var message: String {
    switch self {
    case .notADatabase(let path):
      "\(path) is not a Leverage journal (or it is damaged). "
        + "Move it aside or pass another with --journal."
    case .newerVersion(let path):
      "\(path) was written by a newer version of Leverage. "
        + "Update Leverage or pass another journal with --journal."
    case .readOnly(let path):
      "\(path) cannot be written (the file or its folder is read-only). "
        + "Fix its permissions or pass another with --journal."
    case .isDirectory(let path):
      "\(path) is a folder, not a journal file. "
        + "Pass a file path such as \(path)/journal.sqlite with --journal."
    case .notARegularFile(let path):
      "\(path) is not a regular file (a device, a pipe or a socket), so it cannot hold a "
        + "journal. Pass a file path with --journal."
    case .pathTooLong(let path):
      "\(path) is too long a path for this system. Pass a shorter one with --journal."
    case .cannotCreateFolder(let path):
      "Cannot create the folder \(path) for the journal. "
        + "Create it yourself or pass another path with --journal."
    case .busy(let path):
      "The journal \(path) is busy in another Leverage window; close it and try again."
    case .diskFull(let path):
      "The disk holding \(path) is full, so nothing was saved. Free some space and try again."
    case .other(let message):
      message
    }
  }
}

extension JournalError {
  /// Maps whatever GRDB, SQLite or an encoder threw while working on the journal at `path`.
  init(_ error: any Error, path: String) {
    switch error {
    case let error as JournalError:
      self = error
    case let error as DatabaseError:
      self = JournalError(sqlite: error, path: path)
    case is EncodingError:
      self = .other("An answer could not be stored in \(path) (a number is not finite); check it.")
    default:
      self = .other("\(path) could not be used (\(type(of: error))). Try again.")
    }
  }

  private init(sqlite error: DatabaseError, path: String) {
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      self = .notADatabase(path: path)
    case .SQLITE_READONLY, .SQLITE_PERM:
      self = .readOnly(path: path)
    case .SQLITE_FULL:
      self = .diskFull(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      self = .busy(path: path)
    case .SQLITE_CANTOPEN:
      // SQLite says "cannot open" for both a missing folder and one it may not write the -wal in.
      self =
        JournalLocation(path: path).isWritable
        ? .other("\(path) cannot be opened. Check that its folder exists, or pass another.")
        : .readOnly(path: path)
    case .SQLITE_IOERR:
      self = .other("\(path) could not be read or written (input/output error). Check the disk.")
    default:
      // SQLite's own message names tables and columns, never the values bound to them.
      self = .other("\(path): \(error.message ?? "database error \(error.resultCode)"). Try again.")
    }
  }
}
