import Foundation
import PlainText
import Testing

@testable import LeverageCore

/// Every Markdown export read back through GitHub's CommonMark parser: each piece of user
/// text comes back as the same text, byte for byte, in the block the exporter meant, and
/// never becomes a heading, a list, code, a quote, HTML, a link or an autolink (but for an
/// e-mail address, which GitHub's viewer links to itself whatever the escaping).
@Suite struct MarkdownExportParsingTests {
  @Test(arguments: HostileText.strings)
  func aHostileStringStaysTextInTheSummary(text: String) {
    let document = HostileJournal(text: text).summary
    expectOutline(MarkdownSummary.render(document), ExpectedOutline.summary(document))
  }

  @Test(arguments: HostileText.strings)
  func aHostileStringStaysTextInTheBrief(text: String) throws {
    let document = try #require(HostileJournal(text: text).brief)
    expectOutline(BriefMarkdown.render(document), ExpectedOutline.brief(document))
  }

  /// The hostile documents do hold the user's text, cleaned of terminal controls only: the
  /// outline the parser is held to is not emptied of it.
  @Test func theDocumentsCarryTheUserTextTheParserIsCheckedAgainst() throws {
    let text = "# Offer B #\n\n    code\tand ana@example.com"
    let summary = ExpectedOutline.summary(HostileJournal(text: text).summary)
    let brief = ExpectedOutline.brief(try #require(HostileJournal(text: text).brief))
    for leaves in [summary, brief] {
      #expect(leaves.contains { $0.text == "# Offer B #" })
      #expect(
        leaves.contains { $0.text == "\u{A0}\u{A0}\u{A0}\u{A0}code\tand ana@example.com" })
    }
    #expect(
      summary.contains {
        $0.place == "table>th" && $0.text == "# Offer B # code\tand ana@example.com"
      })
  }

  /// The golden exports the other tests compare with read as their outline says too.
  @Test(arguments: ["summary.md", "summary-offers.md", "brief.md"])
  func theGoldenExportsHoldNoStructureFromUserText(name: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("LeverageJournalTests/__Golden__/\(name)")
    let markdown = try String(contentsOf: url, encoding: .utf8)
    #expect(MarkdownNode.parse(markdown).forbiddenNodes.isEmpty)
  }

  /// Compares the parsed export with its outline, and records the first block that differs
  /// and every node of a forbidden kind.
  private func expectOutline(
    _ markdown: String, _ expected: [MarkdownLeaf],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let document = MarkdownNode.parse(markdown)
    let forbidden = document.forbiddenNodes.map(\.type)
    #expect(forbidden.isEmpty, "\(forbidden)", sourceLocation: sourceLocation)
    let found = document.leaves
    guard found != expected else { return }
    let index =
      zip(found, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(found.count, expected.count)
    let got = index < found.count ? found[index].description : "nothing"
    let meant = index < expected.count ? expected[index].description : "nothing"
    Issue.record(
      Comment(rawValue: "block \(index) is \(got), meant \(meant)"), sourceLocation: sourceLocation)
  }
}
