import TerminalUI

/// F1: every key in one box over the current screen; any key closes it.
enum HelpOverlay {
  static let entries: [(String, String)] = [
    ("Enter", "save the answer and go to the next prompt"),
    ("Ctrl-J", "new line in a text answer; new item in a list"),
    ("Tab / Shift-Tab", "next / previous item, blank or option"),
    ("↑ ↓", "move between lines, items and options"),
    ("Shift-↑ / Shift-↓", "move a list item up or down (ranking)"),
    ("Space", "tick or pick the highlighted option"),
    ("← → / 1-9", "choose on a scale; 1-9 picks an option"),
    ("Ctrl-W / Ctrl-U", "delete the word / the line before the cursor"),
    ("Ctrl-X Ctrl-E", "write a text answer in $VISUAL or $EDITOR"),
    ("Home / End", "start / end of the line"),
    ("Ctrl-N / Ctrl-P", "next / previous prompt (keeps a draft)"),
    ("Esc", "course map, and back again"),
    ("r / x (on the map)", "review and search answers / export a summary"),
    ("p / a (on the map)", "your profile / your action items"),
    ("o / b (on the map)", "compare offers / your one-page brief"),
    ("Ctrl-Z", "suspend; `fg` brings Leverage back"),
    ("Ctrl-Q", "quit; your draft is kept"),
    ("F1", "show or hide this help"),
  ]

  static func draw(on screen: inout Screen) {
    let keyWidth = entries.map { DisplayWidth.of($0.0) }.max() ?? 0
    let width = min(screen.size.width - 4, 70)
    let height = min(screen.size.height - 2, entries.count + 4)
    let box = Rect(
      x: (screen.size.width - width) / 2, y: (screen.size.height - height) / 2, width: width,
      height: height)
    screen.fill(box, style: .plain)
    drawBorder(box, on: &screen)
    screen.put(" Keys ", at: Point(x: box.x + 2, y: box.y), style: Theme.title)
    for (row, entry) in entries.prefix(height - 4).enumerated() {
      let y = box.y + 2 + row
      screen.put(entry.0, at: Point(x: box.x + 2, y: y), style: Theme.key)
      screen.put(
        entry.1, at: Point(x: box.x + 4 + keyWidth, y: y), style: Theme.body,
        maxWidth: box.width - keyWidth - 6)
    }
    screen.put(
      " Press any key to close ", at: Point(x: box.x + 2, y: box.maxY - 1), style: Theme.muted)
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
