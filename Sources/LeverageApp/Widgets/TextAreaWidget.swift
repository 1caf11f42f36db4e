import LeverageCore
import TerminalUI

/// Multi-line, word-wrapped text with a cursor; scrolls to keep the cursor in view.
enum TextAreaWidget {
  static func draw(_ buffer: TextBuffer, in area: Rect, on screen: inout Screen) {
    let textWidth = textWidth(for: area)
    let visible = visibleParagraphs(of: buffer.text, cursor: buffer.cursor, rows: area.height)
    let layout = TextLayout(text: visible.text, cursor: visible.cursor, width: textWidth)
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

  /// The whole paragraphs that can be on screen, and the cursor's offset in them: from
  /// `rows` paragraphs before the cursor's to `rows` after it. A paragraph takes a row at
  /// least, and the view never scrolls past the cursor's row, so the rows shown are those
  /// of the whole text; but a frame of a pasted megabyte lays out a few paragraphs, not all.
  static func visibleParagraphs(of text: String, cursor: Int, rows: Int)
    -> (text: String, cursor: Int)
  {
    let bytes = text.utf8
    let newline = UInt8(ascii: "\n")
    let cursorIndex =
      text.index(text.startIndex, offsetBy: max(0, cursor), limitedBy: text.endIndex)
      ?? text.endIndex
    var start = cursorIndex
    var seen = 0
    while start > bytes.startIndex {
      let before = bytes.index(before: start)
      if bytes[before] == newline {
        seen += 1
        if seen > rows { break }
      }
      start = before
    }
    var end = cursorIndex
    seen = 0
    while end < bytes.endIndex {
      if bytes[end] == newline {
        seen += 1
        if seen > rows { break }
      }
      end = bytes.index(after: end)
    }
    guard start > text.startIndex || end < text.endIndex else { return (text, cursor) }
    return (String(text[start..<end]), text[start..<cursorIndex].count)
  }
}
