/// Word wrap by display width, for text that is shown but not edited.
public enum TextWrap {
  /// Lines of `text` no wider than `width` columns. `\n` is a hard break, leading spaces
  /// of a line are kept, spaces where a line wraps are dropped, and a word longer than
  /// `width` is broken. Empty text (or a width below 1) gives one empty line.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [""] }
    let characters = Array(text)
    return LineBreaker.lines(characters, width: width).map { String(characters[$0.content]) }
  }
}
