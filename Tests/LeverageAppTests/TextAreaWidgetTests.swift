import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// A long answer is drawn from the paragraphs around the cursor only; what is on screen must
/// be exactly what laying out the whole text shows.
@Suite struct TextAreaWidgetTests {
  static let area = Rect(x: 0, y: 0, width: 30, height: 6)

  /// Paragraphs of varied length, some wrapping over several rows, one empty, one with
  /// accents and wide characters.
  static let text = (0..<400).map { index in
    switch index % 5 {
    case 0: "Paragraph \(index) is short."
    case 1: String(repeating: "word\(index) ", count: index % 13 + 1)
    case 2: ""
    case 3: "Café 日本 \(index) and a longer line that wraps once or twice here"
    default: "Line \(index)"
    }
  }.joined(separator: "\n")

  private func rows(_ text: String, cursor: Int) -> [String] {
    var buffer = TextBuffer(text, multiline: true)
    buffer.move(.to(cursor))
    var screen = Screen(size: Size(width: Self.area.width, height: Self.area.height))
    TextAreaWidget.draw(buffer, in: Self.area, on: &screen)
    return Self.rows(of: screen)
  }

  /// The rows and cursor as the whole text laid out would put them.
  private func expected(_ text: String, cursor: Int) -> [String] {
    let layout = TextLayout(
      text: text, cursor: cursor, width: TextAreaWidget.textWidth(for: Self.area))
    let top = layout.scrollTop(from: 0, height: Self.area.height)
    var screen = Screen(size: Size(width: Self.area.width, height: Self.area.height))
    for row in 0..<Self.area.height {
      screen.put("│", at: Point(x: 0, y: row), style: Theme.rule)
    }
    for (offset, line) in layout.lines.dropFirst(top).prefix(Self.area.height).enumerated() {
      screen.put(line.text, at: Point(x: 2, y: offset), style: Theme.field, maxWidth: 27)
    }
    screen.cursor = Point(x: 2 + layout.cursor.x, y: layout.cursor.y - top)
    return Self.rows(of: screen)
  }

  private static func rows(of screen: Screen) -> [String] {
    (0..<screen.size.height).map(screen.rowText) + [String(describing: screen.cursor)]
  }

  @Test(arguments: [0, 1, 25, 400, 2_000, 5_000, 9_000])
  func theParagraphsAroundTheCursorDrawWhatTheWholeTextWould(cursor: Int) {
    let cursor = min(cursor, Self.text.count)
    #expect(rows(Self.text, cursor: cursor) == expected(Self.text, cursor: cursor))
  }

  @Test func theEndOfALongAnswerDrawsWhatTheWholeTextWould() {
    #expect(
      rows(Self.text, cursor: Self.text.count) == expected(Self.text, cursor: Self.text.count))
  }

  @Test func onlyAFewParagraphsAreLaidOut() {
    let visible = TextAreaWidget.visibleParagraphs(of: Self.text, cursor: 5_000, rows: 6)
    #expect(visible.text.split(separator: "\n", omittingEmptySubsequences: false).count <= 13)
    let index = Self.text.index(Self.text.startIndex, offsetBy: 5_000)
    let inWindow = visible.text.index(visible.text.startIndex, offsetBy: visible.cursor)
    #expect(Self.text[index...].hasPrefix(visible.text[inWindow...]))
  }
}
