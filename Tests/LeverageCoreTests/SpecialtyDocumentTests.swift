import LeverageResources
import Testing

@testable import LeverageCore

/// The walk, through the shipped course into the documents she takes away: the same
/// interventional cardiologist and a family physician with her numbers.
@Suite struct SpecialtyDocumentTests {
  let course: Course

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func answers(specialty: String, collections: Int64? = nil) -> [PromptKey: AnswerValue] {
    func key(_ unit: String, _ prompt: String) -> PromptKey {
      PromptKey(unitID: unit, promptID: prompt)
    }
    var answers: [PromptKey: AnswerValue] = [
      key("profile", "specialty"): .text(specialty),
      key("economics", "salary"): .money(cents: 64_000_000),
      key("economics", "wrvus"): .number(12_400),
      key("economics", "wrvu-rate"): .money(cents: 5_250),
      key("economics", "overhead"): .percent(45),
      key("economics", "downstream"): .money(cents: 348_000_000),
    ]
    answers[key("economics", "revenue")] = collections.map { .money(cents: $0) }
    return answers
  }

  func brief(_ answers: [PromptKey: AnswerValue]) throws -> String {
    let document = try #require(
      BriefDocument(
        course: course, answers: answers,
        generatedOn: CalendarDate(year: 2026, month: 12, day: 8)))
    return BriefMarkdown.render(document)
  }

  func summary(_ answers: [PromptKey: AnswerValue]) -> String {
    MarkdownSummary.render(
      SummaryDocument(
        course: course, answers: answers, date: CalendarDate(year: 2026, month: 12, day: 8)))
  }

  @Test func herBriefCarriesTheDownstreamRevenueAndNoVerdictFromAnEstimate() throws {
    let brief = try brief(answers(specialty: "Interventional cardiology"))
    #expect(
      brief.contains(
        """
        ## What my work brings in

        - Hospital revenue my work brings in beyond my own billing: $3,480,000 a year, my figure.
        - My production: 12,400 wRVUs a year, $651,000 at my contract's $52.50 per wRVU.
        - What my work bills, estimated: $627,532 to $789,514 a year, from Medicare to \
        commercial rates for hospital-based practice; an estimate until I see the practice's \
        numbers.
        - My pay: $640,000 a year; break-even at 45% overhead: $1,163,636.

        """))
    #expect(!brief.contains("Below break-even"))
    // The summary keeps the full analysis, the verdict the range supports included.
    let summary = summary(answers(specialty: "Interventional cardiology"))
    #expect(summary.contains("- Revenue $627,532 to $789,514, estimated from 12,400 wRVUs"))
    #expect(summary.contains("Below break-even: this revenue does not cover your pay"))
    #expect(summary.contains("$315,358 a year in Q4 2025 (Kaufman Hall Physician Flash Report)"))
    #expect(summary.contains("- Average pay in cardiology: $525,000"))
  }

  @Test func aFamilyPhysicianWithTheSameNumbersGetsHerOwnEstimate() throws {
    let brief = try brief(answers(specialty: "Family medicine"))
    #expect(
      brief.contains(
        "- What my work bills, estimated: $828,342 to $1,052,685 a year, from Medicare to "
          + "commercial rates for office-based practice"))
    let summary = summary(answers(specialty: "Family medicine"))
    #expect(summary.contains("- Hospital revenue per physician in family medicine: $2,110,000"))
  }

  @Test func withRealCollectionsTheVerdictIsGiven() throws {
    let answers = answers(specialty: "Interventional cardiology", collections: 120_000_000)
    let brief = try brief(answers)
    #expect(brief.contains("- My professional collections: $1,200,000 a year."))
    #expect(brief.contains("- On my collections, I am within the 1.5-2x rule of thumb"))
    #expect(!brief.contains("estimated"))
    #expect(summary(answers).contains("Within the 1.5-2x rule of thumb, and above break-even."))
  }
}
