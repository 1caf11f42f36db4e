import Foundation
import PlainText

/// The one JSON form every command prints and the export writes: pretty, with sorted keys,
/// and every character a terminal acts on written as a `\u` escape. The encoder escapes the
/// C0 controls already; DEL, the C1 controls (U+009B starts an escape sequence on its own)
/// and the bidi overrides and isolates it passes through raw. Escaped, the output is still
/// valid JSON that decodes to the raw text, yet printing it cannot drive the terminal.
public enum TerminalSafeJSON {
  public static func encode(_ value: some Encodable) throws -> String {
    try encode(value, with: encoder())
  }

  /// The encoder of this form, for a caller encoding many values one after another: making
  /// one costs more than encoding a small value.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// `value` in this form through an `encoder()` made once.
  public static func encode(_ value: some Encodable, with encoder: JSONEncoder) throws -> String {
    escapingUnsafe(closingEmpty(String(decoding: try encoder.encode(value), as: UTF8.self)))
  }

  /// Every line of `json` moved right, as the encoder indents an element of an array nested
  /// that deep: a streamed array of values encoded one by one reads as one encoded whole.
  public static func indented(_ json: String, by indent: String) -> String {
    indent
      + json.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\n" + indent)
  }

  /// Foundation pretty-prints an empty array or object on three lines, `[`, a blank line and
  /// `]`: written `[]` and `{}` instead, as every other JSON tool does. A raw line break
  /// stands only between tokens (one inside a string is written `\n`), so no text is touched.
  static func closingEmpty(_ json: String) -> String {
    // A blank line stands only inside an empty container: most values have none.
    guard json.contains("\n\n") else { return json }
    return json.replacing(/\[\n\n *\]/, with: "[]").replacing(/\{\n\n *\}/, with: "{}")
  }

  /// Only scalars from DEL up are left to escape; nearly all output has none, and is
  /// returned without a copy.
  static func escapingUnsafe(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: needsEscape) else { return json }
    var escaped = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      guard needsEscape(scalar) else {
        escaped.append(scalar)
        continue
      }
      let hex = String(scalar.value, radix: 16)
      let padded = String(repeating: "0", count: 4 - hex.count) + hex
      escaped.append(contentsOf: ("\\u" + padded).unicodeScalars)
    }
    return String(escaped)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x7F && PlainText.isUnsafe(scalar)
  }
}
