import TerminalUI

/// F1: the keys of the screen on show, from its own table, then the app's, in one box over
/// it; any key closes it.
enum HelpOverlay {
  static func draw(_ bindings: [KeyBinding], on screen: inout Screen) {
    var seen = Set<String>()
    let entries = (bindings + SharedKeys.app).filter { seen.insert($0.label).inserted }
    let keyWidth = entries.map { DisplayWidth.of($0.label) }.max() ?? 0
    let width = min(screen.size.width - 4, 70)
    let textWidth = width - keyWidth - 6
    // A long help line wraps under itself rather than being cut at the box's edge.
    let rows = entries.flatMap { entry in
      TextWrap.wrap(entry.help, width: textWidth).enumerated().map { index, line in
        (key: index == 0 ? entry.label : "", text: line)
      }
    }
    let height = min(screen.size.height - 2, rows.count + 4)
    let box = Rect(
      x: (screen.size.width - width) / 2, y: (screen.size.height - height) / 2, width: width,
      height: height)
    screen.fill(box, style: .plain)
    drawBorder(box, on: &screen)
    screen.put(" Keys ", at: Point(x: box.x + 2, y: box.y), style: Theme.title)
    for (offset, row) in rows.prefix(height - 4).enumerated() {
      let y = box.y + 2 + offset
      screen.put(row.key, at: Point(x: box.x + 2, y: y), style: Theme.key)
      screen.put(row.text, at: Point(x: box.x + 4 + keyWidth, y: y), style: Theme.body)
    }
    let closing =
      rows.count > height - 4
      ? " Any key closes; a taller window shows every key " : " Press any key to close "
    screen.put(
      closing, at: Point(x: box.x + 2, y: box.maxY - 1), style: Theme.muted,
      maxWidth: box.width - 4)
    screen.cursor = nil
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
