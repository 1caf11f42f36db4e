/// Columns a grapheme takes in a terminal. Our own table, because libc `wcwidth` answers -1
/// for accents and CJK under the C locale tests run in, and counts ZWJ emoji as 4-5 columns.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0x200D }) {
      return 2
    }
    if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark { return 0 }
    let v = first.value
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  public static func of(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + of($1) }
  }
}

/// Makes user text safe to show: control characters, escape and bidi overrides become visible
/// stand-ins, so nothing typed or stored can move the cursor or retitle the terminal.
public enum Inert {
  public static func visible(_ character: Character) -> Character {
    for scalar in character.unicodeScalars where isUnsafe(scalar) {
      return "\u{FFFD}"
    }
    return character
  }

  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }
}
