import CoachTestKit
import Foundation
import PlainText
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct SummaryExportTests {
  let scratch = ScratchFolder()

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
      // A closing `#` would end a heading: "Offer B #" read "Offer B".
      ("Offer B #", "Offer B \\#"),
      // Linkers make links of bare URLs, domains and addresses; escaped, the text is the same.
      ("see https://x.org or www.x.org", "see https\\://x\\.org or www\\.x\\.org"),
      ("ana@x.org or boston.io", "ana\\@x\\.org or boston\\.io"),
      // Blank lines around a passage or doubled would end a list item early.
      ("\n\none  \n\n\ntwo\t\n\n", "one\n\ntwo"),
    ]
    for (input, expected) in cases {
      #expect(MarkdownText.escaped(input) == expected)
    }
    #expect(MarkdownText.escaped("one\ntwo", indent: "  ") == "one  \n  two")
    #expect(MarkdownText.oneLine("  Offer\n\n B # ") == "Offer B \\#")
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
    #expect(markdown.contains("|  | Current job | Clinic \\<b\\> |\n| --- | --- | --- |\n"))
    // `~` is Markdown syntax, so it is escaped like the user's own text.
    #expect(markdown.contains("| Salary | $280,000 | **\\~$300,000** (leads) |"))
    #expect(markdown.contains("| **Total/yr, 3 years** | $280,000 | **\\~$300,000** (leads) |"))
    #expect(markdown.contains("| On your ladder | \\< walk-away | in range |"))
    // The notes are a part of their own, not more lines of the last offer.
    #expect(markdown.contains("|\n\n### What the totals rest on\n\n"))
    #expect(markdown.contains("- \\~ marks your estimate."))
    let html = try SummaryExport.contents(
      .html, store: store, course: ExportFixture.course, date: stamp)
    #expect(html.contains("<th scope=\"col\">Clinic &lt;b&gt;</th>"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\">Salary</th><td>$280,000</td>"
          + "<td class=\"leads\">~$300,000 <span class=\"mark\">leads</span></td></tr>"))
  }

  /// Three offers with most lines filled in, a ladder, and action items overdue, due soon
  /// and later: the table, its units and marks and the items' standing, as a reader sees them.
  @Test(arguments: [ExportFormat.markdown, .html])
  func offersAndActionItemsMatchTheirGoldenFiles(format: ExportFormat) throws {
    let store = try ExportFixture.journal(at: scratch.path)
    let start = Date(timeIntervalSince1970: 1_772_355_600)
    let offers: [(String, [(OfferLine, OfferEntry)])] = [
      (
        "Current job",
        [
          (.salary, .money(cents: 30_000_000, isEstimate: false)),
          (.callNights, .number(6, isEstimate: false)), (.cmeDays, .number(5, isEstimate: false)),
          (.noticeMonths, .number(3, isEstimate: false)),
        ]
      ),
      (
        "Lakeshore <Heart> Group",
        [
          (.salary, .money(cents: 34_000_000, isEstimate: false)),
          (.signingBonus, .money(cents: 3_000_000, isEstimate: false)),
          (.clawbackYears, .number(1, isEstimate: false)),
          (.wrvus, .number(7_500, isEstimate: true)), (.callNights, .number(1, isEstimate: false)),
          (.cmeDays, .number(7, isEstimate: false)),
          (.tailCost, .money(cents: 4_000_000, isEstimate: true)),
          (.nonCompete, .text("15 miles | 2 years")),
          (.noticeMonths, .number(6, isEstimate: false)),
        ]
      ),
      ("Offer B #", [(.salary, .money(cents: 32_000_000, isEstimate: false))]),
    ]
    for (name, entries) in offers {
      let offer = try store.addOffer(name: name, at: start)
      for (line, entry) in entries {
        _ = try store.setEntry(entry, line: line, ofOffer: offer.id, at: start)
      }
    }
    for (promptID, dollars) in [("walk-away-figure", 310_000), ("target", 340_000)] {
      _ = try store.save(
        .money(cents: Int64(dollars) * 100), for: PromptKey(unitID: "ladder", promptID: promptID),
        kind: .money, at: start)
    }
    for (title, day) in [("Call the recruiter back", 27), ("Send the counter-proposal", 5)] {
      let item = try store.addActionItem(title: title, at: start)
      let month = day > 20 ? 2 : 3
      _ = try store.setDueDate(
        CalendarDate(year: 2026, month: month, day: day), ofActionItem: item.id, at: start)
    }
    let text = try SummaryExport.contents(
      format, store: store, course: ExportFixture.course, date: ExportFixture.date)
    assertGolden(text, named: "summary-offers.\(format.fileExtension)")
  }

  /// Counts carry their unit, in the singular for one: "Notice period: 6" said nothing.
  @Test func everyOfferFigureHasItsUnit() {
    let cases: [(OfferLine, Double, String)] = [
      (.clawbackYears, 1, "1 year"), (.clawbackYears, 3, "3 years"),
      (.noticeMonths, 6, "6 months"), (.callNights, 4, "4 nights a month"),
      (.callNights, 1, "1 night a month"), (.cmeDays, 5, "5 days"),
      (.wrvus, 12_400, "12,400 wRVUs"),
    ]
    for (line, value, shown) in cases {
      #expect(OfferEntry.number(value, isEstimate: false).display(on: line) == shown, "\(line)")
    }
    #expect(OfferEntry.money(cents: 100, isEstimate: false).display(on: .salary) == "$1")
  }

  /// Overdue and due-soon items stand out; done ones say so; the order is the coach's.
  @Test func actionItemsShowHowTheyStand() {
    let stamp = Date(timeIntervalSince1970: 0)
    let today = CalendarDate(year: 2026, month: 3, day: 2)
    let item = { (id: Int64, due: CalendarDate?, done: Bool) in
      ActionItem(
        id: id, title: "Item \(id)", dueDate: due, doneAt: done ? stamp : nil, createdAt: stamp,
        updatedAt: stamp)
    }
    let lines = [
      item(1, nil, false), item(2, CalendarDate(year: 2026, month: 2, day: 27), false),
      item(3, CalendarDate(year: 2026, month: 3, day: 5), false),
      item(4, CalendarDate(year: 2026, month: 4, day: 1), false), item(5, nil, true),
    ].map { SummaryDocument.actionLine($0, today: today) }
    #expect(
      lines == [
        .init(title: "Item 1", status: nil, isUrgent: false),
        .init(title: "Item 2", status: "overdue by 3 days (2026-02-27)", isUrgent: true),
        .init(title: "Item 3", status: "due in 3 days (2026-03-05)", isUrgent: true),
        .init(title: "Item 4", status: "due in 30 days (2026-04-01)", isUrgent: false),
        .init(title: "Item 5", status: "done", isUrgent: false),
      ])
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
  let scratch = ScratchFolder()

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
