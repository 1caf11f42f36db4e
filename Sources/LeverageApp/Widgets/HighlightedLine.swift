import LeverageCore
import TerminalUI

/// One line of text with the words a search matched drawn so they stand out.
enum HighlightedLine {
  @discardableResult
  static func put(
    _ text: String, search: String, at point: Point, maxWidth: Int, style: Style,
    on screen: inout Screen
  ) -> Int {
    let matches = SearchPattern.matches(of: search, in: text)
    var x = point.x
    var cursor = text.startIndex
    let limit = point.x + maxWidth
    for range in matches + [text.endIndex..<text.endIndex] {
      guard x < limit else { break }
      x += screen.put(
        String(text[cursor..<range.lowerBound]), at: Point(x: x, y: point.y), style: style,
        maxWidth: limit - x)
      guard !range.isEmpty, x < limit else { break }
      var highlight = style
      highlight.bold = true
      highlight.underline = true
      highlight.color = .warning
      x += screen.put(
        String(text[range]), at: Point(x: x, y: point.y), style: highlight, maxWidth: limit - x)
      cursor = range.upperBound
    }
    return x - point.x
  }
}
