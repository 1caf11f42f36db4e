import Foundation
import LeverageCore
import LeverageResources
import Testing

/// The summary's negotiation plan reads its lines from the course's `summaryPlan`; a line
/// naming a section of the brief shows the prompt the `brief` object gives it.
@Suite struct CourseSummaryPlanRuleTests {
  typealias F = CourseFixture
  static let prompts = [
    #"{"id": "story", "question": "Your story?", "kind": "text"}"#,
    #"{"id": "other", "question": "Another story?", "kind": "text"}"#,
    #"{"id": "items", "question": "Q", "kind": "list"}"#,
    #"{"id": "ask", "question": "Q", "kind": "template", "template": "I ask for {ask}."}"#,
  ]

  /// The brief, its calm line on `calmLine`, then `plan` as the `summaryPlan`, if any.
  private func course(calmLine: String = "economics/story", plan: String?, brief: Bool = true)
    -> String
  {
    let fields = [
      "valueStatement": "economics/story", "dataPoints": "economics/items",
      "asks": "economics/items", "trades": "economics/items", "nonNegotiables": "economics/items",
      "alternative": "economics/story", "openingLine": "economics/ask",
      "questions": "economics/items", "calmLine": calmLine,
    ]
    let pairs = fields.sorted { $0.key < $1.key }.map { #""\#($0.key)": "\#($0.value)""# }
    var extra = brief ? [#""brief": {"# + pairs.joined(separator: ", ") + "}"] : []
    if let plan { extra.append(#""summaryPlan": "# + plan) }
    let base = F.course(prompts: Self.prompts)
    return extra.isEmpty
      ? base : String(base.dropLast()) + ", " + extra.joined(separator: ", ") + "}"
  }

  @Test func aLineNamingTheBriefFollowsTheBriefsDeclaration() throws {
    let plan =
      #"[{"label": "Calm", "brief": "calmLine"}, {"label": "Ask", "prompt": "economics/ask"}]"#
    let story = try F.decode(course(plan: plan))
    #expect(
      story.summaryPlan == [
        SummaryPlanLine(label: "Calm", prompt: PromptKey(unitID: "economics", promptID: "story")),
        SummaryPlanLine(label: "Ask", prompt: PromptKey(unitID: "economics", promptID: "ask")),
      ])
    // Moving the brief's calm line moves the plan's with it: there is one declaration.
    let moved = try F.decode(course(calmLine: "economics/other", plan: plan))
    #expect(moved.summaryPlan.first?.prompt == PromptKey(unitID: "economics", promptID: "other"))
    #expect(moved.summaryPlan.first?.prompt == moved.brief?.prompts[.calmLine])
    let answers = [
      PromptKey(unitID: "economics", promptID: "other"): AnswerValue.text("Let me think.")
    ]
    let document = SummaryDocument(
      course: moved, answers: answers, date: CalendarDate(year: 2026, month: 3, day: 1))
    let section = try #require(document.sections.first { $0.heading == "My negotiation plan" })
    let entry = try #require(section.groups.first?.entries.first)
    #expect(entry.label == "Calm" && entry.content == .text("Let me think."))
  }

  @Test func aCourseWithoutAPlanSaysSo() throws {
    let course = try F.decode(course(plan: nil))
    #expect(course.summaryPlan.isEmpty)
    let document = SummaryDocument(
      course: course, answers: [:], date: CalendarDate(year: 2026, month: 3, day: 1))
    let section = try #require(document.sections.first { $0.heading == "My negotiation plan" })
    #expect(section.groups.first?.emptyNote == "No plan items in this course.")
  }

  @Test func aBrokenLineIsNamedWithItsField() {
    let plan = #"""
      [{"label": "A", "brief": "ladder"}, {"label": "B", "prompt": "nowhere/story"},
       {"label": "C", "prompt": "economics/gone"}, {"label": "D", "brief": "calmLine",
       "prompt": "economics/story"}, {"label": "E"}, {"brief": "calmLine"}]
      """#
    let sections =
      "valueStatement, dataPoints, asks, trades, nonNegotiables, alternative, openingLine, "
      + "questions, calmLine"
    #expect(
      F.problems(course(plan: plan)) == [
        #"course.json: field "summaryPlan[1].brief" must be one of \#(sections) (found "ladder")."#,
        #"course.json: field "summaryPlan[2].prompt" names unit "nowhere", which the course does not have."#,
        #"course.json: field "summaryPlan[3].prompt" names prompt "gone", which unit "economics" does not have."#,
        #"course.json: field "summaryPlan[4].prompt" cannot be combined with "brief"; give one of them."#,
        #"course.json: field "summaryPlan[5].brief" is missing; give "brief" (a section of the brief) or "prompt"."#,
        #"course.json: field "summaryPlan[6].label" is missing."#,
      ])
  }

  @Test func aLineNamingTheBriefNeedsABrief() {
    #expect(
      F.problems(course(plan: #"[{"label": "A", "brief": "calmLine"}]"#, brief: false)) == [
        #"course.json: field "summaryPlan[1].brief" names section "calmLine", but the course has no "brief" object."#
      ])
  }

  /// The shipped plan shows six of the brief's prompts through the brief's own declaration,
  /// and two the brief leaves out.
  @Test func theShippedPlanAndBriefAgree() throws {
    let course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
    let brief = try #require(course.brief)
    let shared: [BriefSection] = [
      .nonNegotiables, .valueStatement, .openingLine, .questions, .alternative, .calmLine,
    ]
    let keys = course.summaryPlan.map(\.prompt)
    #expect(keys.count == 8)
    for section in shared {
      #expect(keys.contains(try #require(brief.prompts[section])), "\(section)")
    }
    let own = keys.filter { !brief.prompts.values.contains($0) }
    #expect(own.map(\.reference) == ["clarity/walk-away", "framing/proposal"])
  }
}
