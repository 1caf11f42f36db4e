import Testing

@testable import LeverageCore

@Suite struct SearchSnippetTests {
  private func snippet(_ text: String, _ query: String, width: Int) -> SearchSnippet {
    SearchSnippet(of: text, query: query, width: width, columns: { _ in 1 })
  }

  @Test func aShortAnswerIsShownWholeOnOneLine() {
    let shown = snippet("Cut readmissions\nby 12%", "readm", width: 40)
    #expect(shown.text == "Cut readmissions by 12%")
    #expect(shown.matches.map { String(shown.text[$0]) } == ["readm"])
  }

  @Test func aMatchFarIntoTheAnswerIsShownWithContextFromAWordStart() {
    let opening = String(repeating: "Protected research time matters. ", count: 5)
    let shown = snippet(
      opening + "My mentor runs the clinic on Fridays and more.", "mentor", width: 40)
    #expect(shown.text.count <= 40)
    #expect(shown.text.hasPrefix("…"))
    #expect(shown.text.hasSuffix("…"))
    #expect(shown.text.contains("My mentor runs the"))
    // About a third of the width before the match, starting at a word.
    #expect(shown.text.hasPrefix("…matters. My mentor"))
  }

  @Test func wideCharactersCountTheirColumns() {
    let text = String(repeating: "日本", count: 30) + " mentor"
    let shown = SearchSnippet(
      of: text, query: "mentor", width: 20, columns: { $0.isASCII || $0 == "…" ? 1 : 2 })
    let columns = shown.text.reduce(0) { $0 + ($1.isASCII || $1 == "…" ? 1 : 2) }
    #expect(columns <= 20)
    #expect(shown.text.hasSuffix("mentor"))
  }

  @Test func withoutAMatchTheSnippetStartsAtTheBeginning() {
    let shown = snippet("alpha beta gamma delta", "zebra", width: 12)
    #expect(shown.text == "alpha beta …")
    #expect(shown.matches.isEmpty)
  }

  @Test func controlCharactersNeverReachTheSnippet() {
    let shown = snippet("red \u{1B}[31m mentor\u{7}", "mentor", width: 40)
    #expect(!shown.text.contains("\u{1B}"))
    #expect(shown.matches.count == 1)
  }
}
