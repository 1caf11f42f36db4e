import Testing

@testable import TerminalUI

@Suite struct TextLayoutTests {
  @Test func cursorFollowsWrappedLines() {
    let text = "hello world"
    #expect(TextLayout(text: text, cursor: 0, width: 5).cursor == Point(x: 0, y: 0))
    #expect(TextLayout(text: text, cursor: 5, width: 5).cursor == Point(x: 5, y: 0))
    #expect(TextLayout(text: text, cursor: 6, width: 5).cursor == Point(x: 0, y: 1))
    #expect(TextLayout(text: text, cursor: 11, width: 5).cursor == Point(x: 5, y: 1))
  }

  @Test func linesCoverEveryGrapheme() {
    let layout = TextLayout(text: "ab cd\nef", cursor: 0, width: 3)
    #expect(layout.lines.map(\.text) == ["ab", "cd", "ef"])
    #expect(layout.lines.map(\.range) == [0..<3, 3..<6, 6..<8])
  }

  @Test func cursorAfterNewlineStartsTheNextRow() {
    let layout = TextLayout(text: "abc\n", cursor: 4, width: 10)
    #expect(layout.lines.count == 2)
    #expect(layout.cursor == Point(x: 0, y: 1))
    #expect(layout.position(of: 3) == Point(x: 3, y: 0))
  }

  @Test func cursorCountsWideCharactersAndGraphemes() {
    let layout = TextLayout(text: "日本e\u{301}👍🏽x", cursor: 4, width: 20)
    #expect(layout.cursor == Point(x: 7, y: 0))
    #expect(layout.position(of: 99) == Point(x: 8, y: 0))
  }

  @Test func offsetForUpAndDown() {
    let layout = TextLayout(text: "hello world\nhi", cursor: 0, width: 5)
    #expect(layout.lines.map(\.text) == ["hello", "world", "hi"])
    #expect(layout.offset(row: 1, column: 2) == 8)
    #expect(layout.offset(row: 0, column: 99) == 5)
    #expect(layout.offset(row: 2, column: 99) == 14)
    #expect(layout.offset(row: 1, column: 99) == 11)
    #expect(layout.offset(row: -3, column: 0) == 0)
    #expect(layout.offset(row: 9, column: 1) == 13)
  }

  @Test func offsetInsideAWideCharacterLandsBeforeIt() {
    let layout = TextLayout(text: "a日b", cursor: 0, width: 10)
    #expect(layout.offset(row: 0, column: 2) == 1)
    #expect(layout.offset(row: 0, column: 3) == 2)
  }

  @Test func roundTripsEveryOffset() {
    let text = "We saw 日本 patients\nin\n\nthe afternoon 👨‍👩‍👧 clinic"
    let layout = TextLayout(text: text, cursor: 0, width: 7)
    for offset in 0...text.count {
      let point = layout.position(of: offset)
      #expect(point.x <= 7)
      #expect(layout.offset(row: point.y, column: point.x) == offset)
    }
  }

  @Test func scrollKeepsTheCursorInView() {
    let text = "1\n2\n3\n4\n5\n6"
    #expect(TextLayout(text: text, cursor: 10, width: 5).scrollTop(from: 0, height: 3) == 3)
    #expect(TextLayout(text: text, cursor: 0, width: 5).scrollTop(from: 3, height: 3) == 0)
    #expect(TextLayout(text: text, cursor: 4, width: 5).scrollTop(from: 1, height: 3) == 1)
  }
}
