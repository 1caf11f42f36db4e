import Foundation
import LeverageCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An archive to import, read in chunks: a file, or standard input (`-`) copied first to a
/// temporary file that is unlinked at once (0600, gone when the import ends), since the
/// import reads the archive twice. Nothing of it is ever held whole in memory.
public final class ArchiveFile: Sendable {
  /// The path as the user gave it, or "standard input": messages name it.
  public let name: String
  private let descriptor: Int32

  static let chunkBytes = 1 << 20

  private init(name: String, descriptor: Int32) {
    self.name = name
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Opens `path` (`-` for standard input), refusing anything but a regular file.
  public static func at(_ path: String) throws(ArchiveError) -> ArchiveFile {
    if path == "-" { return try spooled(from: STDIN_FILENO) }
    // Non-blocking, so a FIFO is refused rather than waited on.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw .unreadable(path: path, reason: reason(errno)) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(fd)
      throw .unreadable(path: path, reason: "not a regular file")
    }
    return ArchiveFile(name: path, descriptor: fd)
  }

  /// Hands every piece of the archive to `body`, from the start, in order.
  func scan(_ body: (ArchiveScanner.Piece) throws -> Void) throws {
    guard lseek(descriptor, 0, SEEK_SET) == 0 else {
      throw ArchiveError.unreadable(path: name, reason: Self.reason(errno))
    }
    var scanner = ArchiveScanner()
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkBytes)
    defer { buffer.deallocate() }
    while true {
      let count = try Self.readChunk(
        descriptor, into: UnsafeMutableRawBufferPointer(buffer), name: name)
      if count == 0 { break }
      do {
        try scanner.feed(UnsafeBufferPointer(rebasing: buffer[0..<count]), emit: body)
      } catch let failure as ArchiveScanner.Failure {
        throw ArchiveError.damaged(path: name, detail: failure.detail)
      }
    }
    do {
      try scanner.finish()
    } catch {
      throw ArchiveError.damaged(path: name, detail: error.detail)
    }
  }

  private static func readChunk(
    _ fd: Int32, into bytes: UnsafeMutableRawBufferPointer, name: String
  ) throws(ArchiveError) -> Int {
    while true {
      let count = read(fd, bytes.baseAddress, bytes.count)
      if count >= 0 { return count }
      if errno != EINTR { throw .unreadable(path: name, reason: reason(errno)) }
    }
  }

  /// Copies standard input into an unlinked temporary file, a chunk at a time.
  private static func spooled(from input: Int32) throws(ArchiveError) -> ArchiveFile {
    let name = "standard input"
    let folder =
      ProcessInfo.processInfo.environment["TMPDIR"].flatMap {
        $0.hasPrefix("/") ? $0 : nil
      } ?? "/tmp"
    var template = Array((folder + "/leverage-import-XXXXXX").utf8CString)
    let fd = mkstemp(&template)
    guard fd >= 0 else { throw .unreadable(path: name, reason: reason(errno)) }
    unlink(
      String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    let file = ArchiveFile(name: name, descriptor: fd)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 1)
    defer { buffer.deallocate() }
    while true {
      let count = try readChunk(input, into: buffer, name: name)
      if count == 0 { return file }
      try writeAll(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), to: fd)
    }
  }

  private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32)
    throws(ArchiveError)
  {
    var offset = 0
    while offset < bytes.count {
      let written = write(fd, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        throw .unreadable(
          path: "standard input", reason: "cannot keep a copy of it: " + reason(errno))
      }
      offset += written
    }
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

/// An archive whose first pass is done: its schema, sessions, action items, offers and skip
/// marks read and admitted, its answers counted. `JournalStore.importArchive` reads the
/// answers in its transaction.
public struct PendingImport {
  let file: ArchiveFile
  let reader: ArchiveReader
  let outline: JournalArchive

  /// The first pass over `path` (`-` for standard input), before any journal is touched:
  /// a damaged archive, one of another schema or one with a refused outline stops here.
  /// `now` is the real clock (see `ArchiveAdmission.now`).
  public static func prepare(
    path: String, course: Course, now: Date
  ) throws(ArchiveError) -> PendingImport {
    let file = try ArchiveFile.at(path)
    var reader = ArchiveReader(source: file.name, course: course, now: now)
    do {
      try file.scan { piece in try reader.readOutline(piece) }
    } catch let error as ArchiveError {
      throw error
    } catch {
      throw .unreadable(path: file.name, reason: "\(error)")
    }
    let outline = try reader.outline()
    return PendingImport(file: file, reader: reader, outline: outline)
  }
}
