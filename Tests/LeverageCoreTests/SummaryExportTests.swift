import CoachTestKit
import Foundation
import PlainText
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct SummaryExportTests {
  let scratch = JournalScratch()

  private func export(_ format: ExportFormat, preparedFor: String? = nil) throws -> String {
    let store = try ExportFixture.journal(at: scratch.path)
    return try SummaryExport.contents(
      format, store: store, course: ExportFixture.course, date: ExportFixture.date,
      preparedFor: preparedFor)
  }

  @Test(arguments: ExportFormat.allCases)
  func matchesItsGoldenFile(format: ExportFormat) throws {
    let stem = format == .brief ? "brief-export" : "summary"
    assertGolden(try export(format), named: "\(stem).\(format.fileExtension)")
  }

  @Test func namesWhoItWasPreparedForWhenKnown() throws {
    let markdown = try export(.markdown, preparedFor: "Dr. Ana <Ruiz>")
    #expect(markdown.contains("Prepared for Dr. Ana \\<Ruiz\\> · 2026-03-02"))
    let html = try export(.html, preparedFor: "Dr. Ana <Ruiz>")
    #expect(html.contains("Prepared for Dr. Ana &lt;Ruiz&gt; · 2026-03-02"))
  }

  @Test(arguments: ExportFormat.allCases)
  func neverHoldsDraftsNorTerminalControls(format: ExportFormat) throws {
    let text = try export(format)
    #expect(!text.contains("CANARY-DRAFT"))
    #expect(!text.unicodeScalars.contains { $0 != "\n" && PlainText.isUnsafe($0) })
  }

  @Test func htmlEscapesEveryUserCharacterAndLoadsNothing() throws {
    let html = try export(.html)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; **bold**"))
    #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
    for remote in ["http:", "https:", "src=", "@import", "url("] {
      #expect(!html.contains(remote))
    }
  }

  @Test func markdownKeepsUserTextOutOfTheDocumentStructure() {
    let cases: [(String, String)] = [
      ("# Title", "\\# Title"),
      ("- item\n+ item\n* item", "\\- item  \n\\+ item  \n\\* item"),
      ("1. one\n2) two\n2026 was good", "1\\. one  \n2\\) two  \n2026 was good"),
      ("```\ncode\n```", "\\`\\`\\`  \ncode  \n\\`\\`\\`"),
      ("> quote", "\\> quote"),
      ("    indented", "\u{A0}\u{A0}\u{A0}\u{A0}indented"),
      ("a\n\nb", "a\n\nb"),
      ("Title\n===", "Title  \n\\==="),
      (
        "<b>x</b> & [link](javascript:x) | *em* _u_ ~s~",
        "\\<b\\>x\\</b\\> \\& \\[link\\](javascript:x) \\| \\*em\\* \\_u\\_ \\~s\\~"
      ),
      ("$250,000 isn't 3.5x", "$250,000 isn't 3.5x"),
    ]
    for (input, expected) in cases {
      #expect(MarkdownText.escaped(input) == expected)
    }
    #expect(MarkdownText.escaped("one\ntwo", indent: "  ") == "one  \n  two")
  }

  /// The offers side by side, with leaders, estimates, the notes and, with a ladder set,
  /// where each total falls; a journal without offers has no such section.
  @Test func offersAreSummedUpOverTheDefaultHorizon() throws {
    let store = try ExportFixture.journal(at: scratch.path)
    #expect(try !export(.markdown).contains("Offers side by side"))
    let stamp = ExportFixture.date
    let current = try store.addOffer(name: "Current job", at: Date(timeIntervalSince1970: 0))
    _ = try store.setEntry(
      .money(cents: 28_000_000, isEstimate: false), line: .salary, ofOffer: current.id,
      at: Date(timeIntervalSince1970: 0))
    let clinic = try store.addOffer(name: "Clinic <b>", at: Date(timeIntervalSince1970: 0))
    _ = try store.setEntry(
      .money(cents: 30_000_000, isEstimate: true), line: .salary, ofOffer: clinic.id,
      at: Date(timeIntervalSince1970: 0))
    for (promptID, dollars) in [("walk-away-figure", 290_000), ("target", 320_000)] {
      _ = try store.save(
        .money(cents: Int64(dollars) * 100), for: PromptKey(unitID: "ladder", promptID: promptID),
        kind: .money, at: Date(timeIntervalSince1970: 0))
    }
    let markdown = try SummaryExport.contents(
      .markdown, store: store, course: ExportFixture.course, date: stamp)
    #expect(markdown.contains("## Offers side by side"))
    #expect(markdown.contains("- On your ladder: \\< walk-away"))
    #expect(markdown.contains("- On your ladder: in range"))
    #expect(markdown.contains("### Clinic \\<b\\>"))
    // `~` is Markdown syntax, so it is escaped like the user's own text.
    #expect(markdown.contains("- Salary: \\~$300,000 (leads)"))
    #expect(markdown.contains("- Total/yr, 3 years: $280,000"))
    #expect(markdown.contains("- \\~ marks your estimate."))
  }

  @Test func checklistTicksTheChosenWrapUpOptions() {
    let kind = PromptKind.choice(
      ChoiceRule(options: ["A", "B"], multiple: true, allowsOther: true))
    let content = SummaryDocument.checklist(.choice(selected: ["B"], other: "C"), kind: kind)
    #expect(
      content
        == .checklist([
          .init(text: "A", done: false), .init(text: "B", done: true),
          .init(text: "C", done: true),
        ]))
  }
}

@Suite struct ArchiveRoundTripTests {
  let scratch = JournalScratch()

  @Test func jsonExportImportedIntoAnEmptyJournalExportsTheSameBytes() throws {
    let source = try ExportFixture.journal(at: scratch.path)
    let course = ExportFixture.course
    let first = try SummaryExport.contents(
      .json, store: source, course: course, date: ExportFixture.date)
    let empty = try JournalStore.open(path: scratch.url.appendingPathComponent("b.sqlite").path)
    let report = try empty.importArchive(
      try JournalArchive.decode(
        Data(first.utf8), source: "summary.json", course: ExportFixture.course))
    #expect(report == ImportReport(added: ExportFixture.answers.count + 1, skipped: 0))
    let second = try SummaryExport.contents(
      .json, store: empty, course: course, date: ExportFixture.date)
    #expect(second == first)
    let markdown = { (store: JournalStore) in
      try SummaryExport.contents(.markdown, store: store, course: course, date: ExportFixture.date)
    }
    #expect(try markdown(empty) == markdown(source))
  }
}
