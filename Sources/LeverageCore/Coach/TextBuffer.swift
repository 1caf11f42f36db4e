import Foundation

/// Editable text with a cursor counted in graphemes, so emoji and accented letters move and
/// delete as one character. Pure value: the coach edits it in `update`.
public struct TextBuffer: Equatable, Sendable {
  public private(set) var text: String
  /// Offset of the cursor in `Character`s, from 0 to `text.count`.
  public private(set) var cursor: Int
  /// One-line fields turn pasted line breaks into spaces.
  public let multiline: Bool

  public init(_ text: String = "", multiline: Bool) {
    self.text = multiline ? Self.clean(text) : Self.flatten(Self.clean(text))
    self.multiline = multiline
    self.cursor = self.text.count
  }

  public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

  public mutating func insert(_ typed: String) {
    let cleaned = multiline ? Self.clean(typed) : Self.flatten(Self.clean(typed))
    guard !cleaned.isEmpty else { return }
    let index = position(cursor)
    let end = text.utf8.distance(from: text.startIndex, to: index) + cleaned.utf8.count
    text.insert(contentsOf: cleaned, at: index)
    // A typed combining mark or joiner can merge with the grapheme before it, so the cursor
    // is counted again rather than moved by the inserted length.
    cursor = text[..<text.utf8.index(text.startIndex, offsetBy: end)].count
  }

  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    text.remove(at: position(cursor - 1))
    cursor -= 1
  }

  public mutating func deleteForward() {
    guard cursor < text.count else { return }
    text.remove(at: position(cursor))
  }

  /// Deletes back to the start of the previous word, as Ctrl-W does in a shell.
  public mutating func deleteWordBackward() {
    let start = wordStart(before: cursor)
    guard start < cursor else { return }
    text.removeSubrange(position(start)..<position(cursor))
    cursor = start
  }

  /// Deletes from the start of the line to the cursor, as Ctrl-U does in a shell.
  public mutating func deleteToLineStart() {
    let start = lineStart(of: cursor)
    guard start < cursor else { return }
    text.removeSubrange(position(start)..<position(cursor))
    cursor = start
  }

  public mutating func move(_ movement: CursorMovement) {
    switch movement {
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .lineStart: cursor = lineStart(of: cursor)
    case .lineEnd: cursor = lineEnd(of: cursor)
    case .wordLeft: cursor = wordStart(before: cursor)
    case .wordRight: cursor = wordEnd(after: cursor)
    case .to(let offset): cursor = min(max(0, offset), text.count)
    }
  }

  private func position(_ offset: Int) -> String.Index {
    text.index(text.startIndex, offsetBy: offset)
  }

  private func lineStart(of offset: Int) -> Int {
    let characters = Array(text)
    var index = offset
    while index > 0, characters[index - 1] != "\n" { index -= 1 }
    return index
  }

  private func lineEnd(of offset: Int) -> Int {
    let characters = Array(text)
    var index = offset
    while index < characters.count, characters[index] != "\n" { index += 1 }
    return index
  }

  private func wordStart(before offset: Int) -> Int {
    let characters = Array(text)
    var index = offset
    while index > 0, !characters[index - 1].isLetterOrNumber { index -= 1 }
    while index > 0, characters[index - 1].isLetterOrNumber { index -= 1 }
    return index
  }

  private func wordEnd(after offset: Int) -> Int {
    let characters = Array(text)
    var index = offset
    while index < characters.count, !characters[index].isLetterOrNumber { index += 1 }
    while index < characters.count, characters[index].isLetterOrNumber { index += 1 }
    return index
  }

  /// Keeps what a person typed or pasted, minus control characters that could only do harm
  /// on a screen; Windows and old Mac line ends become `\n`, tabs a space.
  private static func clean(_ text: String) -> String {
    let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    var result = ""
    result.reserveCapacity(unified.utf8.count)
    for character in unified {
      if character == "\n" {
        result.append(character)
      } else if character == "\t" {
        result.append(" ")
      } else if !character.unicodeScalars.contains(where: isControl) {
        result.append(character)
      }
    }
    return result
  }

  private static func flatten(_ text: String) -> String {
    text.replacingOccurrences(of: "\n", with: " ")
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
  }
}

/// Where a cursor goes.
public enum CursorMovement: Equatable, Sendable {
  case left
  case right
  case lineStart
  case lineEnd
  case wordLeft
  case wordRight
  /// To an offset the screen worked out (Up and Down across wrapped lines).
  case to(Int)
}

extension Character {
  fileprivate var isLetterOrNumber: Bool { isLetter || isNumber }
}
