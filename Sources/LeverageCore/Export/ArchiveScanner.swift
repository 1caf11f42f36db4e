import Foundation

/// Splits an archive's JSON, fed in chunks of any size, into its top-level members, and each
/// member that is an array into its elements, without holding more than one of them: an
/// import reads a file of any size in bounded memory, decoding each answer on its own. It
/// tracks strings, escapes and nesting only; each piece is decoded (and so fully checked)
/// by `JSONDecoder` afterwards.
public struct ArchiveScanner {
  /// A piece of the archive: a member's whole value, or one element of a member's array.
  public enum Piece: Equatable {
    /// `key`'s value (not an array).
    case value(key: String, bytes: [UInt8])
    /// `key` is an array; its elements follow as `element`s.
    case arrayStart(key: String)
    case element(key: String, bytes: [UInt8])
  }

  /// Where the JSON is not what an archive can be, by byte offset, never by content.
  public struct Failure: Error, Equatable {
    public let detail: String
  }

  private enum Phase {
    case beforeRoot, beforeKey, inKey, afterKey, beforeValue, inValue, beforeElement,
      inElement, afterElement, afterMember, done
  }

  /// A value or element above this many bytes is refused: above the largest answer the
  /// coach saves (`AnswerAdmission.largestAnswerBytes`) even with every character written
  /// as a six-byte escape (`\u2028`) for its two or three bytes (only an answer mostly of
  /// control characters, one byte each, could pass it), it keeps a hostile file's one piece,
  /// held three times while it is decoded, within the import's 128 MiB.
  public let largestPieceBytes: Int

  private var phase = Phase.beforeRoot
  private var offset = 0
  private var key: [UInt8] = []
  private var keyName = ""
  private var piece: [UInt8] = []
  private var depth = 0
  /// After a comma: a key or an element must follow, so `{"a":1,}` and `[1,]` are refused.
  private var needsMore = false
  private var inString = false
  private var escaped = false
  private var keysSeen: Set<String> = []

  public init(largestPieceBytes: Int = AnswerAdmission.largestAnswerBytes * 3 + (1 << 20)) {
    self.largestPieceBytes = largestPieceBytes
  }

  /// Scans `bytes`, handing each finished piece to `emit` in order.
  public mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, emit: (Piece) throws -> Void
  ) throws {
    var index = 0
    while index < bytes.count {
      switch phase {
      case .inKey, .inValue, .inElement:
        index = try consumeInside(bytes, from: index, emit: emit)
      case .beforeRoot, .beforeKey, .afterKey, .beforeValue, .beforeElement, .afterElement,
        .afterMember, .done:
        try step(bytes[index], emit: emit)
        index += 1
      }
    }
  }

  /// Call once the input ended: refuses an archive cut short.
  public func finish() throws(Failure) {
    if phase != .done { throw Failure(detail: "the file ends before the archive does") }
  }

  // MARK: Structure between pieces

  private mutating func step(_ byte: UInt8, emit: (Piece) throws -> Void) throws {
    defer { offset += 1 }
    if Self.isSpace(byte) { return }
    switch (phase, byte) {
    case (.beforeRoot, UInt8(ascii: "{")): phase = .beforeKey
    case (.beforeKey, UInt8(ascii: "\"")):
      key = []
      needsMore = false
      inString = true
      escaped = false
      phase = .inKey
    case (.beforeKey, UInt8(ascii: "}")) where !needsMore: phase = .done
    case (.afterKey, UInt8(ascii: ":")): phase = .beforeValue
    case (.beforeValue, UInt8(ascii: "[")):
      try emit(.arrayStart(key: keyName))
      phase = .beforeElement
    case (.beforeValue, _):
      startPiece(byte)
      phase = .inValue
    case (.beforeElement, UInt8(ascii: "]")) where !needsMore: phase = .afterMember
    case (.beforeElement, _):
      startPiece(byte)
      phase = .inElement
    case (.afterElement, UInt8(ascii: ",")):
      needsMore = true
      phase = .beforeElement
    case (.afterElement, UInt8(ascii: "]")): phase = .afterMember
    case (.afterMember, UInt8(ascii: ",")):
      needsMore = true
      phase = .beforeKey
    case (.afterMember, UInt8(ascii: "}")): phase = .done
    default: throw unexpected()
    }
  }

  private mutating func startPiece(_ byte: UInt8) {
    needsMore = false
    piece = [byte]
    depth = (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")) ? 1 : 0
    inString = byte == UInt8(ascii: "\"")
    escaped = false
  }

  // MARK: Inside a key, a value or an element

  /// Consumes bytes of the key, value or element under way; returns where it stopped.
  private mutating func consumeInside(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, emit: (Piece) throws -> Void
  ) throws -> Int {
    var index = start
    var ended = false
    while index < bytes.count, !ended {
      let byte = bytes[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
          ended = phase == .inKey || depth == 0
        }
      } else if depth == 0 && phase != .inKey && Self.endsScalar(byte) {
        // A number, `true`, `false` or `null`: its delimiter belongs to the structure.
        ended = true
        break
      } else if byte == UInt8(ascii: "\"") {
        inString = true
      } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
        depth += 1
      } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
        depth -= 1
        ended = depth == 0
      }
      index += 1
    }
    let taken = UnsafeBufferPointer(rebasing: bytes[start..<index])
    if phase == .inKey {
      key.append(contentsOf: taken.dropLast(ended ? 1 : 0))
      guard key.count <= 256 else { throw Failure(detail: "a key near byte \(offset) is too long") }
    } else {
      piece.append(contentsOf: taken)
      guard piece.count <= largestPieceBytes else {
        throw Failure(
          detail: "a value near byte \(offset) is above \(largestPieceBytes >> 20) MiB")
      }
    }
    offset += index - start
    if ended { try end(emit: emit) }
    return index
  }

  private mutating func end(emit: (Piece) throws -> Void) throws {
    switch phase {
    case .inKey:
      keyName = try Self.decodeKey(key, at: offset)
      guard keysSeen.insert(keyName).inserted else {
        throw Failure(detail: "the key near byte \(offset) appears twice")
      }
      phase = .afterKey
    case .inValue:
      try emit(.value(key: keyName, bytes: piece))
      piece = []
      phase = .afterMember
    case .inElement:
      try emit(.element(key: keyName, bytes: piece))
      piece = []
      phase = .afterElement
    case .beforeRoot, .beforeKey, .afterKey, .beforeValue, .beforeElement, .afterElement,
      .afterMember, .done:
      break
    }
  }

  private func unexpected() -> Failure {
    Failure(detail: "not valid JSON near byte \(offset)")
  }

  private static func decodeKey(_ bytes: [UInt8], at offset: Int) throws -> String {
    let quoted = Data([UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")])
    guard let key = try? JSONDecoder().decode(String.self, from: quoted) else {
      throw Failure(detail: "not valid JSON near byte \(offset)")
    }
    return key
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private static func endsScalar(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}")
      || byte == UInt8(ascii: "]")
  }
}
