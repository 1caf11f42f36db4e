import LeverageCore
import Testing

@Suite struct CourseBriefRuleTests {
  typealias F = CourseFixture
  static let prompts = [
    #"{"id": "story", "question": "Q", "kind": "text"}"#,
    #"{"id": "items", "question": "Q", "kind": "list"}"#,
    #"{"id": "ask", "question": "Q", "kind": "template", "template": "I ask for {ask}."}"#,
  ]
  static let fields: [String: String] = [
    "valueStatement": "economics/story", "dataPoints": "economics/items",
    "asks": "economics/items", "trades": "economics/items", "nonNegotiables": "economics/items",
    "alternative": "economics/story", "openingLine": "economics/ask",
    "questions": "economics/items", "calmLine": "economics/story",
  ]

  /// The one-unit test course with a top-level `brief` object of `fields`.
  private func course(_ fields: [String: String], extra: String = "") -> String {
    let pairs = fields.sorted { $0.key < $1.key }.map { #""\#($0.key)": "\#($0.value)""# }
    let brief = "{" + (pairs + (extra.isEmpty ? [] : [extra])).joined(separator: ", ") + "}"
    return String(F.course(prompts: Self.prompts).dropLast()) + #", "brief": "# + brief + "}"
  }

  private func problems(_ changes: [String: String?], extra: String = "") -> [String] {
    var fields = Self.fields
    for (field, value) in changes { fields[field] = value }
    return F.problems(course(fields, extra: extra))
  }

  @Test func wiresEverySectionButTheLadderEconomicsAndRepliesToItsPrompt() throws {
    let brief = try #require(try F.decode(course(Self.fields)).brief)
    #expect(brief.prompts.count == BriefSection.allCases.count - 3)
    #expect(brief.prompts[.ladder] == nil && brief.prompts[.economics] == nil)
    #expect(brief.prompts[.asks] == PromptKey(unitID: "economics", promptID: "items"))
    #expect(brief.prompts[.openingLine] == PromptKey(unitID: "economics", promptID: "ask"))
  }

  @Test func aCourseWithoutABriefLoadsWithNone() throws {
    #expect(try F.decode(F.course(prompts: Self.prompts)).brief == nil)
  }

  @Test func eachReferenceMustNameAUnitAndAPromptOfItsKind() {
    #expect(
      problems([
        "asks": "economics/story", "questions": "ladder/items", "calmLine": "economics/line",
        "trades": "items", "alternative": nil,
      ]) == [
        #"course.json: field "brief.asks" names "economics/story", a text prompt;"#
          + #" it must be a list one."#,
        #"course.json: field "brief.trades" must be "unit-id/prompt-id" (found "items")."#,
        #"course.json: field "brief.alternative" is missing."#,
        #"course.json: field "brief.questions" names unit "ladder", which the course does not"#
          + #" have."#,
        #"course.json: field "brief.calmLine" names prompt "line", which unit "economics" does"#
          + #" not have."#,
      ])
  }

  @Test func anUnknownFieldIsReported() {
    let found = problems([:], extra: #""ladder": "economics/items""#)
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix(#"course.json: field "brief.ladder" is not a known field"#) == true)
  }
}
