/// Makes user text safe to show: control characters, escape and bidi overrides become visible
/// stand-ins, so nothing typed or stored can move the cursor or retitle the terminal.
public enum Inert {
  /// `character` itself, or a one-column stand-in when it holds anything a terminal would
  /// act on: C0 controls show as their Control Pictures glyph (ESC as `␛`), DEL as `␡`,
  /// C1 controls and bidi overrides as `�`.
  public static func visible(_ character: Character) -> Character {
    guard let unsafe = character.unicodeScalars.first(where: isUnsafe) else { return character }
    return Character(standIn(for: unsafe))
  }

  /// `text` with every grapheme made visible (see `visible(_:)`).
  public static func visible(_ text: String) -> String {
    String(text.map(visible))
  }

  /// `text` for plain terminal output (CLI listings, error messages): drops every control
  /// character except tab and newline, so stored text cannot inject escape sequences.
  public static func sanitize(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars
    where !isUnsafe(scalar) || scalar == "\t" || scalar == "\n" {
      kept.append(scalar)
    }
    return String(kept)
  }

  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  private static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    let picture: UInt32 = v < 0x20 ? 0x2400 + v : v == 0x7F ? 0x2421 : 0xFFFD
    return Unicode.Scalar(picture) ?? "?"
  }
}
