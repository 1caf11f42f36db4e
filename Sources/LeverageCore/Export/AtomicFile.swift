#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole file or nothing: the contents go to a file of no name in the target's
/// folder (`O_TMPFILE`, 0600), are synced, then get the target's name (`linkat`, or a
/// rename over the target) and the folder is synced, so a crash or a full disk never leaves
/// half a file or clobbers the one that was there. Killed before the name is given, the
/// kernel frees the unnamed file: no copy of the journal is left lying around. Where the
/// system has no `O_TMPFILE`, a named temporary file (O_EXCL, 0600) is used instead, and
/// the ones a killed run left are removed by the next write to the same target.
public enum AtomicFile {
  public static func write(
    _ contents: String, to path: String, overwrite: Bool
  ) throws(AtomicFileError) {
    do {
      try write(to: path, overwrite: overwrite) { emit in _ = emit(contents) }
    } catch let error as AtomicFileError {
      throw error
    } catch {
      // The contents are given, so nothing else can be thrown.
      throw .other(path: path, code: EIO)
    }
  }

  /// The same, with the contents made piece by piece as `produce` hands them to its
  /// argument (which answers false once writing has failed), so a large export is never
  /// held whole. An error `produce` throws leaves no file, and reaches the caller as it is.
  public static func write(
    to path: String, overwrite: Bool, _ produce: (_ emit: @escaping (String) -> Bool) throws -> Void
  ) throws {
    try checkTarget(path, overwrite: overwrite)
    let folder = self.folder(of: path)
    removeLeftovers(of: path, in: folder)
    let temporary = try TemporaryFile(in: folder, for: path)
    do {
      var failure: AtomicFileError?
      var pending: [UInt8] = []
      let emit = { (piece: String) -> Bool in
        guard failure == nil else { return false }
        pending.append(contentsOf: piece.utf8)
        guard pending.count >= 65_536 else { return true }
        do throws(AtomicFileError) {
          try writeAll(pending, to: temporary.descriptor, path: path)
          pending.removeAll(keepingCapacity: true)
        } catch {
          failure = error
        }
        return failure == nil
      }
      try produce(emit)
      if let failure { throw failure }
      try writeAll(pending, to: temporary.descriptor, path: path)
      guard fsync(temporary.descriptor) == 0 else {
        throw AtomicFileError(errno: errno, path: path)
      }
      try temporary.place(at: path, overwrite: overwrite)
    } catch {
      temporary.discard()
      throw error
    }
    syncFolder(folder)
  }

  /// Refuses a target that is a folder, a device, a FIFO or a socket whatever `overwrite`
  /// says, and an existing file without it; nothing is created. Cheap, so commands call it
  /// before any work, and `write` again at the end.
  public static func checkTarget(_ path: String, overwrite: Bool) throws(AtomicFileError) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: throw .isDirectory(path: path)
    case S_IFREG: if !overwrite { throw .exists(path: path) }
    default: throw .notARegularFile(path: path)
    }
  }

  /// The file being written, open on `descriptor`: unnamed, or named `name` as a fallback.
  private struct TemporaryFile {
    let descriptor: Int32
    let name: String?

    /// `O_TMPFILE` as Linux defines it (`__O_TMPFILE | O_DIRECTORY`); Swift does not import
    /// the macro.
    private static let unnamed: Int32 = 0o2_0000_000 | O_DIRECTORY

    init(in folder: String, for path: String) throws(AtomicFileError) {
      #if os(Linux)
        let fd = open(folder, Self.unnamed | O_WRONLY | O_CLOEXEC, 0o600)
        if fd >= 0 {
          descriptor = fd
          name = nil
          return
        }
        // Only a folder whose file system lacks unnamed files falls back to a named one.
        guard errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL else {
          throw AtomicFileError(errno: errno, path: path)
        }
      #endif
      let named = AtomicFile.temporaryName(for: path)
      let namedDescriptor = open(named, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard namedDescriptor >= 0 else { throw AtomicFileError(errno: errno, path: path) }
      descriptor = namedDescriptor
      name = named
    }

    /// Without overwrite, a link refuses an existing target even if it appeared a moment
    /// ago. With it, the unnamed file is linked under a temporary name only once complete
    /// and synced, then renamed over the target at once.
    func place(at path: String, overwrite: Bool) throws(AtomicFileError) {
      let source = name ?? "/proc/self/fd/\(descriptor)"
      let flags = name == nil ? AT_SYMLINK_FOLLOW : 0
      if !overwrite {
        guard linkat(AT_FDCWD, source, AT_FDCWD, path, flags) == 0 else {
          throw AtomicFileError(errno: errno, path: path)
        }
        close(descriptor)
        if let name { unlink(name) }
        return
      }
      let staged = name ?? AtomicFile.temporaryName(for: path)
      if name == nil {
        guard linkat(AT_FDCWD, source, AT_FDCWD, staged, flags) == 0 else {
          throw AtomicFileError(errno: errno, path: path)
        }
      }
      close(descriptor)
      guard rename(staged, path) == 0 else {
        let code = errno
        unlink(staged)
        throw AtomicFileError(errno: code, path: path)
      }
    }

    func discard() {
      close(descriptor)
      if let name { unlink(name) }
    }
  }

  /// What a temporary name adds to the target's: `summary.md.tmp-PID-RANDOM`.
  static let leftoverMarker = ".tmp-"

  private static func temporaryName(for path: String) -> String {
    "\(path)\(leftoverMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }

  /// Temporary files of this target whose writer is gone: a `kill -9` between creating and
  /// renaming one (only possible where unnamed files are not) would leave a copy behind.
  static func removeLeftovers(of path: String, in folder: String) {
    let prefix = fileName(of: path) + leftoverMarker
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasPrefix(prefix),
        let pid = name.dropFirst(prefix.count).split(separator: "-").first.flatMap({
          pid_t($0)
        }),
        pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      unlink(folder + "/" + name)
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

  private static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
