import PlainText

/// Makes user text safe to show: control characters, escape and bidi overrides become visible
/// stand-ins, so nothing typed or stored can move the cursor or retitle the terminal.
public enum Inert {
  /// `character` itself, or a one-column stand-in when it holds anything a terminal would
  /// act on: C0 controls show as their Control Pictures glyph (ESC as `␛`), DEL as `␡`,
  /// C1 controls and bidi overrides as `�`.
  public static func visible(_ character: Character) -> Character {
    guard let unsafe = character.unicodeScalars.first(where: PlainText.isUnsafe) else {
      return character
    }
    return Character(standIn(for: unsafe))
  }

  /// `text` with every grapheme made visible (see `visible(_:)`).
  public static func visible(_ text: String) -> String {
    String(text.map(visible))
  }

  private static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    let picture: UInt32 = v < 0x20 ? 0x2400 + v : v == 0x7F ? 0x2421 : 0xFFFD
    return Unicode.Scalar(picture) ?? "?"
  }
}
