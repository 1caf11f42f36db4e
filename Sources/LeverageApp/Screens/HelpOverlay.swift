import TerminalUI

/// F1: the keys of the screen on show, from its own table, then the app's, in one box over
/// it. When they do not all fit, ↑↓ (PgUp, PgDn, Space, Home, End) scroll them; any other key
/// closes it.
enum HelpOverlay {
  static func draw(_ bindings: [KeyBinding], scroll: Int, on screen: inout Screen) {
    let layout = Layout(bindings, size: screen.size)
    let box = layout.box
    screen.fill(box, style: .plain)
    drawBorder(box, on: &screen)
    screen.put(" Keys ", at: Point(x: box.x + 2, y: box.y), style: Theme.title)
    let (keyColumn, textColumn) = layout.list.splitLeft(layout.keyWidth + 2)
    ScrolledLines.draw(
      count: layout.rows.count, scroll: scroll, in: layout.list, down: "↓", up: "↑", on: &screen
    ) { index, row, screen in
      let line = layout.rows[index]
      screen.put(line.key, at: Point(x: keyColumn.x, y: row.y), style: Theme.key)
      screen.put(
        line.text, at: Point(x: textColumn.x, y: row.y), style: Theme.body,
        maxWidth: textColumn.width)
    }
    let scrolls = ScrolledLines.limit(lineCount: layout.rows.count, height: layout.list.height) > 0
    screen.put(
      scrolls ? " ↑↓ scroll; other keys close " : " Press any key to close ",
      at: Point(x: box.x + 2, y: box.maxY - 1), style: Theme.muted, maxWidth: box.width - 4)
    screen.cursor = nil
  }

  /// The furthest the keys scroll on a terminal of `size`.
  static func scrollLimit(_ bindings: [KeyBinding], size: Size) -> Int {
    let layout = Layout(bindings, size: size)
    return ScrolledLines.limit(lineCount: layout.rows.count, height: layout.list.height)
  }

  static func page(_ bindings: [KeyBinding], size: Size) -> Int {
    max(1, Layout(bindings, size: size).list.height - 2)
  }

  /// The box, centred, and the rows of keys inside it: a blank row above and below them
  /// unless the keys need those rows.
  private struct Layout {
    let rows: [(key: String, text: String)]
    let keyWidth: Int
    let box: Rect
    let list: Rect

    init(_ bindings: [KeyBinding], size: Size) {
      var seen = Set<String>()
      let entries = (bindings + SharedKeys.app).filter { seen.insert($0.label).inserted }
      keyWidth = entries.map { DisplayWidth.of($0.label) }.max() ?? 0
      let width = min(size.width - 4, 70)
      let textWidth = max(1, width - keyWidth - 6)
      // A long help line wraps under itself rather than being cut at the box's edge.
      rows = entries.flatMap { entry in
        TextWrap.wrap(entry.help, width: textWidth).enumerated().map { index, line in
          (key: index == 0 ? entry.label : "", text: line)
        }
      }
      let height = min(size.height - 2, rows.count + 4)
      box = Rect(
        x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
      let inside = box.inset(horizontal: 2, vertical: 1)
      list = rows.count <= inside.height - 2 ? inside.inset(vertical: 1) : inside
    }
  }
  private static func drawBorder(_ box: Rect, on screen: inout Screen) {
    let horizontal = String(repeating: "─", count: box.width - 2)
    screen.put("┌" + horizontal + "┐", at: Point(x: box.x, y: box.y), style: Theme.rule)
    screen.put("└" + horizontal + "┘", at: Point(x: box.x, y: box.maxY - 1), style: Theme.rule)
    for y in (box.y + 1)..<(box.maxY - 1) {
      screen.put("│", at: Point(x: box.x, y: y), style: Theme.rule)
      screen.put("│", at: Point(x: box.maxX - 1, y: y), style: Theme.rule)
    }
  }
}
