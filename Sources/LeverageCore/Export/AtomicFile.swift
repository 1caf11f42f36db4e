#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole file or nothing: a temporary file beside the target (created 0600 with
/// O_EXCL), synced, then renamed over the target and the folder synced, so a crash or a full
/// disk never leaves half a file or clobbers the one that was there.
public enum AtomicFile {
  public static func write(
    _ contents: String, to path: String, overwrite: Bool
  ) throws(AtomicFileError) {
    if isDirectory(path) { throw .isDirectory(path: path) }
    if !overwrite, access(path, F_OK) == 0 { throw .exists(path: path) }
    let folder = self.folder(of: path)
    let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw AtomicFileError(errno: errno, path: path) }
    do throws(AtomicFileError) {
      try writeAll(Array(contents.utf8), to: fd, path: path)
      guard fsync(fd) == 0 else { throw AtomicFileError(errno: errno, path: path) }
      guard close(fd) == 0 else { throw AtomicFileError(errno: errno, path: path) }
      try place(temporary, at: path, overwrite: overwrite)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    syncFolder(folder)
  }

  /// Without overwrite, `link` refuses an existing target even if it appeared a moment ago.
  private static func place(
    _ temporary: String, at path: String, overwrite: Bool
  ) throws(AtomicFileError) {
    if overwrite {
      guard rename(temporary, path) == 0 else { throw AtomicFileError(errno: errno, path: path) }
    } else {
      guard link(temporary, path) == 0 else { throw AtomicFileError(errno: errno, path: path) }
      unlink(temporary)
    }
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(AtomicFileError)
  {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw AtomicFileError(errno: errno, path: path)
      }
      offset += written
    }
  }

  /// The rename is only durable once the folder's entry is on disk; a failure here leaves a
  /// complete file, so it is not reported.
  private static func syncFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  private static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }
}
