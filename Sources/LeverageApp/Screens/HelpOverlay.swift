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
    // Inside the border a blank row above and below the keys, unless the keys need them.
    let inside = box.inset(horizontal: 2, vertical: 1)
    let list = rows.count <= inside.height - 2 ? inside.inset(vertical: 1) : inside
    let (keyColumn, textColumn) = list.splitLeft(keyWidth + 2)
    for (offset, row) in rows.prefix(list.height).enumerated() {
      screen.put(row.key, at: Point(x: keyColumn.x, y: keyColumn.y + offset), style: Theme.key)
      screen.put(
        row.text, at: Point(x: textColumn.x, y: textColumn.y + offset), style: Theme.body,
        maxWidth: textColumn.width)
    }
    let closing =
      rows.count > list.height
      ? " Any key closes; more in a taller window " : " Press any key to close "
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
