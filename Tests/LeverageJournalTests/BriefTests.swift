import CoachTestKit
import Foundation
import PlainText
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct BriefTests {
  let scratch = ScratchFolder()
  static let course = BriefFixture.course

  private func brief(_ answers: [PromptKey: AnswerValue]) throws -> BriefDocument {
    try #require(
      BriefDocument(course: Self.course, answers: answers, generatedOn: BriefFixture.date))
  }

  private func key(_ unitID: String, _ promptID: String) -> PromptKey {
    PromptKey(unitID: unitID, promptID: promptID)
  }

  @Test func theFixtureAnswersEveryPromptOfTheShippedCourse() {
    let missing = Self.course.promptKeys.filter { BriefFixture.answerMap[$0] == nil }
    #expect(missing.isEmpty, "unanswered: \(missing)")
  }

  @Test(arguments: BriefFormat.allCases)
  func aFullyAnsweredCourseMatchesItsGoldenFile(format: BriefFormat) throws {
    let store = try BriefFixture.journal(at: scratch.path)
    let document = try #require(
      try BriefExport.document(store: store, course: Self.course, date: BriefFixture.date))
    assertGolden(format.render(document), named: "brief.\(format.fileExtension)")
  }

  /// `scripts/check-brief-page.sh` imports this journal to print the brief it makes.
  @Test func theFullyAnsweredJournalIsKeptAsAnArchive() throws {
    let store = try BriefFixture.journal(at: scratch.path)
    assertGolden(try store.archive().encoded(), named: "brief-journal.json")
  }

  @Test func aFullyAnsweredBriefHasEverySection() throws {
    let document = try brief(BriefFixture.answerMap)
    #expect(document.notAnswered.isEmpty)
    #expect(document.preparedFor == nil)
    #expect(document.dataPoints.count == 3)
    #expect(document.dataPoints.first == "30-day readmissions down from 24% to 15% since 2023")
    #expect(document.asks.first == "Protected time for the heart failure clinic")
    #expect(
      document.openingLine
        == "Given that I built the same-week heart failure clinic, which cut readmissions by a "
        + "third and brings in $1.1M, I'm asking for $560,000 and half a day a week to run it.")
    #expect(
      document.ladderRows.map(\.figure) == [
        "$560,000", "$520,000", "$450,000", "$450,000", "$485,000",
      ])
    #expect(document.ladderRows.last?.note == LadderPlacement.betweenWalkAwayAndTarget.label)
    #expect(document.ladderAdvice == LadderPlacement.betweenWalkAwayAndTarget.advice)
    #expect(document.ladderWarnings.isEmpty)
    #expect(document.terms == NegotiationTerm.allCases.map(\.line))
  }

  @Test func theTitleLineNamesWhoItWasPreparedFor() throws {
    let store = try BriefFixture.journal(at: scratch.path)
    let document = try #require(
      try BriefExport.document(store: store, course: Self.course, date: BriefFixture.date))
    #expect(
      document.preparedFor == "Dr Maya Okafor · Cardiology · Staff cardiologist, heart "
        + "failure clinic lead · Grand Rapids")
  }

  @Test func unansweredSectionsSayWhereToAnswerThem() throws {
    let document = try brief([
      key("clarity", "value-story"): .text("I built the clinic."),
      key("relationships", "questions"): .list(["  ", ""]),
      key("options", "calm-line"): .text(" \n "),
    ])
    #expect(document.valueStatement == "I built the clinic.")
    #expect(
      Set(document.notAnswered.keys) == Set(BriefSection.allCases).subtracting([.valueStatement]))
    #expect(
      document.notAnswered[.questions]
        == "Not answered yet: Step 8 · Relationships make you stronger.")
    #expect(
      document.notAnswered[.calmLine] == "Not answered yet: Step 9 · Options, not desperation.")
    #expect(document.notAnswered[.ladder] == "Not answered yet: Wrap-up · Set your offer ladder.")
    #expect(document.notAnswered[.trades] == "Not answered yet: Wrap-up · Set your offer ladder.")
    let markdown = BriefMarkdown.render(document)
    #expect(
      markdown.contains("## Three data points\n\n*Not answered yet: Step 7 · Frame, don't force.*"))
    let html = BriefHTML.render(document)
    #expect(
      html.contains("<p class=\"note\">Not answered yet: Step 6 · Clarity makes you assertive.</p>")
    )
    for section in BriefSection.allCases {
      #expect(markdown.contains("## \(section.heading)"))
      #expect(html.contains("<h2>\(HTMLText.escaped(section.heading))</h2>"))
    }
  }

  @Test func aPartlySetLadderShowsWhatIsMissingAndItsWarnings() throws {
    let document = try brief([
      key("ladder", "alternative-worth"): .money(cents: 40_000_000),
      key("ladder", "walk-away-figure"): .money(cents: 45_000_000),
      key("ladder", "target"): .money(cents: 52_000_000),
      key("ladder", "anchor"): .money(cents: 50_000_000),
    ])
    #expect(document.notAnswered[.ladder] == nil)
    #expect(document.ladderRows.map(\.figure) == ["$500,000", "$520,000", "$450,000", "$400,000"])
    #expect(document.ladderRows.allSatisfy { $0.note == nil })
    #expect(document.ladderAdvice == nil)
    let messages = [
      LadderWarning.walkAwayAboveAlternative(walkAway: 45_000_000, alternative: 40_000_000),
      .anchorBelowTarget(anchor: 50_000_000, target: 52_000_000), .anchorWithoutReason,
    ].map(\.message)
    #expect(document.ladderWarnings == messages)
    let markdown = BriefMarkdown.render(document)
    let html = BriefHTML.render(document)
    for message in messages {
      #expect(markdown.contains("**Watch:** " + MarkdownText.escaped(message)))
      #expect(html.contains("<li>\(HTMLText.escaped(message))</li>"))
    }
  }

  @Test func anOfferBelowTheWalkAwaySaysSo() throws {
    var answers = BriefFixture.answerMap
    answers[key("debrief", "offered")] = .money(cents: 42_000_000)
    let document = try brief(answers)
    #expect(document.ladderRows.last?.note == "below your walk-away")
    #expect(document.ladderAdvice == LadderPlacement.belowWalkAway.advice)
  }

  @Test func hostileTextStaysInertInBothFormats() throws {
    var answers = BriefFixture.answerMap
    answers[key("clarity", "value-story")] = .text(ExportFixture.hostile)
    answers[key("framing", "data")] = .list(["# Not a heading", "1. not a list", "<img onerror=x>"])
    answers[key("ladder", "anchor-reason")] = .text("`rm -rf` | [x](javascript:y) \u{1B}[2J")
    answers[key("profile", "name")] = .text("Dr <b>Eve</b>")
    let document = try #require(
      BriefDocument(
        course: Self.course, answers: answers, generatedOn: BriefFixture.date,
        preparedFor: "Dr <b>Eve</b> \u{1B}]0;x\u{7}"))
    let markdown = BriefMarkdown.render(document)
    let html = BriefHTML.render(document)
    for text in [markdown, html] {
      #expect(!text.unicodeScalars.contains { $0 != "\n" && PlainText.isUnsafe($0) })
    }
    #expect(markdown.contains("\\<script\\>alert('x')\\</script\\> \\& \\*\\*bold\\*\\*"))
    #expect(markdown.contains("1. \\# Not a heading\n2. 1\\. not a list\n3. \\<img onerror=x\\>"))
    #expect(markdown.contains("\\`rm -rf\\` \\| \\[x\\](javascript:y)"))
    #expect(markdown.contains("Prepared for Dr \\<b\\>Eve\\</b\\>"))
    #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; **bold**"))
    #expect(html.contains("Prepared for Dr &lt;b&gt;Eve&lt;/b&gt;"))
    #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
    for remote in ["http:", "https:", "src=", "@import", "url("] {
      #expect(!html.contains(remote))
    }
  }

  @Test func longListsAreCutOnThePrintedPageAndSaySo() throws {
    var answers = BriefFixture.answerMap
    answers[key("relationships", "questions")] = .list((1...7).map { "Question \($0)?" })
    let html = BriefHTML.render(try brief(answers))
    #expect(
      html.contains("<li><span>Question 4?</span></li>\n<li class=\"extra\"><span>Question 5?"))
    #expect(html.contains("<p class=\"more\">and 3 more in your summary</p>"))
  }

  /// A typical brief prints large; a brief of long answers, the largest type that still
  /// fits; more text never gets larger type. `make check-brief` proves both fit in Chromium.
  /// Two prepared replies cost the typical brief a point and a half (11.5 before them).
  @Test func theTypeIsAsLargeAsTheSheetAllows() throws {
    let typical = try brief(BriefFixture.answerMap)
    #expect(BriefPrintSize.points(for: typical) >= 10)
    #expect(BriefHTML.render(typical).contains("font-size: 10pt;"))
    var long = BriefFixture.answerMap
    let words = String(
      repeating: "a long answer that goes on past what one page has room for ", count: 8)
    for (key, value) in long {
      switch value {
      case .text: long[key] = .text(words)
      case .list(let items): long[key] = .list(items.map { _ in words } + [words, words, words])
      default: break
      }
    }
    let sizes = try [typical, brief(long)].map { BriefPrintSize.points(for: $0) }
    #expect(sizes[1] < sizes[0])
    #expect(BriefPrintSize.sizes.contains(sizes[1]))
    #expect(BriefPrintSize.fits(try brief(long), points: sizes[1]))
  }

  @Test func textWrapsToTheLinesAColumnHolds() {
    let perLine = Int(BriefPrintSize.columnWidth / (BriefPrintSize.characterWidth * 10))
    #expect(BriefPrintSize.lines("", points: 10) == 1)
    #expect(BriefPrintSize.lines(String(repeating: "x", count: perLine), points: 10) == 1)
    #expect(BriefPrintSize.lines(String(repeating: "x", count: perLine + 1), points: 10) == 2)
    #expect(BriefPrintSize.lines("one\ntwo\n\nfour", points: 10) == 4)
  }

  @Test func aCourseWithoutABriefHasNone() {
    var course = Self.course
    course.brief = nil
    #expect(
      BriefDocument(course: course, answers: BriefFixture.answerMap, generatedOn: BriefFixture.date)
        == nil)
  }
}
