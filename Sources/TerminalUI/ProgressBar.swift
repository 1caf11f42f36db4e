/// A bar of `width` cells for "done of total", in block characters that read well in any
/// UTF-8 terminal, with or without colour.
public enum ProgressBar {
  public static let filled: Character = "█"
  public static let empty: Character = "░"

  /// Any progress shows at least one filled cell and only completion fills the bar, so the
  /// first and last steps are never invisible.
  public static func render(done: Int, total: Int, width: Int) -> String {
    guard width > 0 else { return "" }
    var cells = 0
    if total > 0 {
      let done = min(max(0, done), total)
      cells = done * width / total
      if done > 0 { cells = max(cells, 1) }
      if done < total { cells = min(cells, width - 1) }
    }
    return String(repeating: filled, count: cells) + String(repeating: empty, count: width - cells)
  }
}
