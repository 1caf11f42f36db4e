#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be written, in one line that says what to do.
public enum AtomicFileError: Error, Equatable, Sendable {
  case folderMissing(path: String)
  case readOnly(path: String)
  case diskFull(path: String)
  case isDirectory(path: String)
  case notARegularFile(path: String)
  case exists(path: String)
  case other(path: String, code: Int32)

  init(errno code: Int32, path: String) {
    switch code {
    case ENOENT, ENOTDIR: self = .folderMissing(path: path)
    case EACCES, EPERM, EROFS: self = .readOnly(path: path)
    case ENOSPC, EDQUOT: self = .diskFull(path: path)
    case EISDIR: self = .isDirectory(path: path)
    case EEXIST: self = .exists(path: path)
    default: self = .other(path: path, code: code)
    }
  }

  public var message: String {
    message(naming: path)
  }

  /// The message with the path cut in the middle to at most `width` characters, so a long
  /// path on a one-line notice never pushes the reason out of sight.
  public func message(pathWidth width: Int) -> String {
    let characters = Array(path)
    guard characters.count > width, width > 1 else { return message }
    let tail = (width - 1) / 2
    let head = width - 1 - tail
    return message(naming: String(characters.prefix(head)) + "…" + characters.suffix(tail))
  }

  public var path: String {
    switch self {
    case .folderMissing(let path), .readOnly(let path), .diskFull(let path),
      .isDirectory(let path), .notARegularFile(let path), .exists(let path),
      .other(let path, _):
      path
    }
  }

  private func message(naming path: String) -> String {
    switch self {
    case .folderMissing:
      "The folder for \(path) does not exist; create it or choose another path."
    case .readOnly:
      "\(path) cannot be written here (read-only); choose another folder."
    case .diskFull:
      "The disk is full, so \(path) was not written; free some space and try again."
    case .isDirectory:
      "\(path) is a folder; give a file name inside it."
    case .notARegularFile:
      "\(path) is not a regular file (a device, a pipe or a socket); it was left alone. "
        + "Choose a file path."
    case .exists:
      "\(path) already exists and was left as it was."
    case .other(_, let code):
      "\(path) could not be written (\(String(cString: strerror(code))))."
    }
  }
}
