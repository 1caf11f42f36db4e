/// Which characters a terminal would act on rather than show, shared by the screen (which
/// draws stand-ins for them) and every plain-text output (which drops them).
public enum PlainText {
  /// C0 controls, DEL, C1 controls and the bidi overrides and isolates: each can move the
  /// cursor, retitle the terminal or reorder what the reader sees.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  /// `text` for output outside the screen (CLI listings, error messages, exports): drops
  /// every unsafe character except tab and newline, so stored text cannot inject escape
  /// sequences. The journal keeps the raw text.
  public static func sanitized(_ text: String) -> String {
    // Nearly all text is clean: one look, and no copy.
    guard text.unicodeScalars.contains(where: isDropped) else { return text }
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isDropped(scalar) {
      kept.append(scalar)
    }
    return String(kept)
  }

  /// `sanitized`, on one line: line breaks and tabs become spaces, for a table cell, a
  /// listing or a name.
  public static func oneLine(_ text: String) -> String {
    let kept = sanitized(text)
    guard kept.contains(where: isLineBreakOrTab) else { return kept }
    return String(kept.map { isLineBreakOrTab($0) ? " " : $0 })
  }

  private static func isLineBreakOrTab(_ character: Character) -> Bool {
    character == "\n" || character == "\t"
  }

  private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    isUnsafe(scalar) && scalar != "\t" && scalar != "\n"
  }
}
