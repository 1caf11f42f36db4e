import TerminalUI

/// Lines taller than their area, scrolled: the teaching, the profile card and the brief all
/// scroll this one way, so their limits, their markers and their keys agree.
enum ScrolledLines {
  /// The farthest `lineCount` lines scroll in `height` rows: when they do not fit, the last
  /// row is the marker, so one row fewer shows the text.
  static func limit(lineCount: Int, height: Int) -> Int {
    lineCount > height ? max(0, lineCount - max(1, height - 1)) : 0
  }

  /// Draws `count` lines from `scroll` into `area`, each through `line(index, row, &screen)`;
  /// when there are more than fit, the last row says how many are below and names the key
  /// that reaches them (`down`), or that `up` goes back to the top, so a first-time user
  /// finds the keys.
  static func draw(
    count: Int, scroll: Int, in area: Rect, down: String, up: String, on screen: inout Screen,
    line: (Int, Rect, inout Screen) -> Void
  ) {
    guard !area.isEmpty else { return }
    let limit = limit(lineCount: count, height: area.height)
    let (text, markerRow) = limit > 0 ? area.splitBottom(1) : (area, nil)
    let first = min(max(0, scroll), limit)
    for (row, index) in (first..<min(count, first + text.height)).enumerated() {
      line(index, text.splitTop(row).1.splitTop(1).0, &screen)
    }
    guard let markerRow else { return }
    let below = count - first - text.height
    let marker =
      below > 0 ? "▼ \(below) more \(below == 1 ? "line" : "lines"): \(down)" : "▲ top: \(up)"
    screen.put(
      marker, at: Point(x: markerRow.x, y: markerRow.y), style: Theme.key,
      maxWidth: markerRow.width)
  }
}
