import Testing

@testable import TerminalUI

@Suite struct TextWrapTests {
  @Test func wrapsAtSpaces() {
    #expect(TextWrap.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    #expect(TextWrap.wrap("hello world", width: 5) == ["hello", "world"])
  }

  @Test func emptyTextIsOneEmptyLine() {
    #expect(TextWrap.wrap("", width: 10) == [""])
    #expect(TextWrap.wrap("abc", width: 0) == [""])
  }

  @Test func newlinesAreHardBreaks() {
    #expect(TextWrap.wrap("a\n\nb\n", width: 10) == ["a", "", "b", ""])
    #expect(TextWrap.wrap("a\r\nb", width: 10) == ["a", "b"])
  }

  @Test func longWordsAreBroken() {
    #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(
      TextWrap.wrap("see https://example.org/x", width: 8)
        == ["see http", "s://exam", "ple.org/", "x"])
  }

  @Test func leadingSpacesAreKept() {
    #expect(TextWrap.wrap("  - item one\n  - two", width: 8) == ["  - item", "one", "  - two"])
  }

  @Test func spacesAtAWrapAreDropped() {
    #expect(TextWrap.wrap("ab   cd", width: 3) == ["ab", "cd"])
    #expect(TextWrap.wrap("ab    ", width: 3) == ["ab "])
  }

  @Test func wideCharactersNeverOverflow() {
    let lines = TextWrap.wrap("日本語のテキスト", width: 5)
    #expect(lines == ["日本", "語の", "テキ", "スト"])
    for width in 1...7 {
      for line in TextWrap.wrap("日本 a👨‍👩‍👧 bc 日", width: width) {
        #expect(DisplayWidth.of(line) <= width)
      }
    }
  }
}
