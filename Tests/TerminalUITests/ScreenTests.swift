import Testing

@testable import TerminalUI

@Suite struct ScreenTests {
  @Test func wideCharactersTakeTwoCells() {
    var screen = Screen(size: Size(width: 6, height: 1))
    #expect(screen.put("a日b", at: Point(x: 0, y: 0)) == 4)
    #expect(screen.rowText(0) == "a日b  ")
    #expect(screen[2, 0].isContinuation)
  }

  @Test func wideCharacterAtTheEdgeIsNotDrawnHalf() {
    var screen = Screen(size: Size(width: 4, height: 1))
    #expect(screen.put("abc日", at: Point(x: 0, y: 0)) == 3)
    #expect(screen.snapshot == "\"abc \"\n")
    var limited = Screen(size: Size(width: 6, height: 1))
    #expect(limited.put("a日本", at: Point(x: 0, y: 0), maxWidth: 4) == 3)
    #expect(limited.rowText(0) == "a日   ")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var screen = Screen(size: Size(width: 6, height: 1))
    screen.put("日本語", at: Point(x: 0, y: 0))
    screen.put("x", at: Point(x: 1, y: 0))
    #expect(screen.rowText(0) == " x本語")
    screen.put("y", at: Point(x: 2, y: 0))
    #expect(screen.rowText(0) == " xy 語")
    screen.put("字", at: Point(x: 3, y: 0))
    #expect(screen.rowText(0) == " xy字 ")
    #expect(screen.cells.count == 6)
  }

  @Test func combiningMarksStayInTheirGrapheme() {
    var screen = Screen(size: Size(width: 4, height: 1))
    #expect(screen.put("e\u{301}a", at: Point(x: 0, y: 0)) == 2)
    #expect(screen[0, 0].text == "e\u{301}")
    #expect(screen.put("\u{301}b", at: Point(x: 2, y: 0)) == 1)
    #expect(screen.rowText(0) == "e\u{301}ab ")
  }

  @Test func controlCharactersAreShownInert() {
    var screen = Screen(size: Size(width: 5, height: 1))
    screen.put("a\u{1B}[2J", at: Point(x: 0, y: 0))
    #expect(screen.rowText(0) == "a␛[2J")
  }

  @Test func putWrappedWrapsAndClipsToTheRectangle() {
    var screen = Screen(size: Size(width: 8, height: 3))
    let rows = screen.putWrapped(
      "one two three four", in: Rect(x: 1, y: 0, width: 7, height: 2), style: .bold)
    #expect(rows == 2)
    #expect(screen.snapshot == "\" one two\"\n\" three  \"\n\"        \"\n")
    #expect(screen[1, 0].style == .bold)
    #expect(screen[0, 0].style == .plain)
  }

  @Test func setStyleKeepsTheText() {
    var screen = Screen(size: Size(width: 4, height: 2))
    screen.put("abcd", at: Point(x: 0, y: 1))
    screen.setStyle(Rect(x: 1, y: 1, width: 2, height: 5), style: .reverse)
    #expect(screen.rowText(1) == "abcd")
    #expect(screen[0, 1].style == .plain)
    #expect(screen[1, 1].style == .reverse)
    #expect(screen[2, 1].style == .reverse)
    #expect(screen[3, 1].style == .plain)
  }

  @Test func fillCuttingAWideCharacterLeavesNoHalf() {
    var screen = Screen(size: Size(width: 4, height: 1))
    screen.put("日本", at: Point(x: 0, y: 0))
    screen.fill(Rect(x: 1, y: 0, width: 2, height: 1))
    #expect(screen.rowText(0) == "    ")
    #expect(!screen.cells.contains { $0.isContinuation })
  }
}
