import PlainText

/// Columns a grapheme takes in a terminal. Our own table, because libc `wcwidth` answers -1
/// for accents and CJK under the C locale tests run in, and counts ZWJ emoji as 4-5 columns.
///
/// Widths are those of what `Screen` will show: a control character counts as its one-column
/// stand-in from `Inert`, so layout and drawing always agree.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    // Printable ASCII is most of what anyone types, and needs no Unicode tables.
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if PlainText.isUnsafe(first) { return 1 }
    if scalars.count > 1, isEmojiSequence(scalars) { return 2 }
    return of(scalar: first)
  }

  public static func of(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// The width of one scalar standing alone (a grapheme's base decides the grapheme's width).
  public static func of(scalar: Unicode.Scalar) -> Int {
    if isZeroWidth(scalar) { return 0 }
    if scalar.properties.isEmojiPresentation || isWide(scalar.value) { return 2 }
    return 1
  }

  /// Terminals draw an emoji sequence as one two-column glyph: ZWJ sequences, flags, keycaps
  /// and anything an emoji presentation selector (VS16) turned into an emoji.
  private static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
    guard let first = scalars.first, first.properties.isEmoji else { return false }
    return scalars.contains { $0.value == 0xFE0F || $0.value == 0x200D }
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
      return true
    case .format:
      // The soft hyphen is shown by terminals; other format characters are invisible.
      return scalar.value != 0x00AD
    default:
      let v = scalar.value
      return (0x1160...0x11FF).contains(v) || (0xFE00...0xFE0F).contains(v)
        || (0xE0100...0xE01EF).contains(v)
    }
  }

  /// East Asian Wide and Fullwidth ranges (UAX #11) that are not emoji.
  private static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    return wideRanges.contains { $0.contains(v) }
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
    0x2FF0...0x2FFF, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
    0x3131...0x318E, 0x3190...0x31E3, 0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
    0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7,
    0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B122,
    0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167,
    0x1B170...0x1B2FB, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
    0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}

extension DisplayWidth {
  /// `text` in at most `width` columns, an ellipsis marking where it was cut.
  public static func fitted(_ text: String, width: Int) -> String {
    guard of(text) > width else { return text }
    var result = ""
    var used = 0
    for character in text {
      let columns = of(character)
      guard used + columns < width else { break }
      result.append(character)
      used += columns
    }
    return result + "…"
  }
}

extension DisplayWidth {
  public enum Alignment: Sendable {
    case left
    case right
  }

  /// `text` filled with spaces to at least `width` columns (`fitted` cuts it to at most): the
  /// one way a column of the screen or of plain output is padded, by columns, not by
  /// characters, so a CJK name lines up as well as an English one.
  public static func padded(_ text: String, to width: Int, _ alignment: Alignment = .left)
    -> String
  {
    let fill = String(repeating: " ", count: max(0, width - of(text)))
    return alignment == .left ? text + fill : fill + text
  }
}
