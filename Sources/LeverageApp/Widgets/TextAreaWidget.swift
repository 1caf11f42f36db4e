import LeverageCore
import TerminalUI

/// Multi-line, word-wrapped text with a cursor; scrolls to keep the cursor in view.
enum TextAreaWidget {
  static func draw(_ buffer: TextBuffer, in area: Rect, on screen: inout Screen) {
    let textWidth = textWidth(for: area)
    let layout = TextLayout(text: buffer.text, cursor: buffer.cursor, width: textWidth)
    let firstRow = layout.scrollTop(from: 0, height: area.height)
    for row in 0..<area.height {
      screen.put("│", at: Point(x: area.x, y: area.y + row), style: Theme.rule)
    }
    if buffer.text.isEmpty {
      screen.put(
        "Type your answer here.", at: Point(x: area.x + 2, y: area.y), style: Theme.muted,
        maxWidth: textWidth)
    }
    for (offset, line) in layout.lines.dropFirst(firstRow).prefix(area.height).enumerated() {
      screen.put(
        line.text, at: Point(x: area.x + 2, y: area.y + offset), style: Theme.field,
        maxWidth: textWidth)
    }
    screen.cursor = Point(x: area.x + 2 + layout.cursor.x, y: area.y + layout.cursor.y - firstRow)
  }

  /// The width text wraps at inside `area`: after the bar and its gap, with one column spare
  /// for the cursor at the end of a full line. Up and Down need it too.
  static func textWidth(for area: Rect) -> Int { area.width - 3 }
}
