import Foundation
import LeverageCore
import LeverageResources
import Testing

/// The rehearsal unit: every pushback names one of the four principles with a cue, and is
/// answered in words; a principle anywhere else is refused.
@Suite struct CourseRehearsalRuleTests {
  typealias F = CourseFixture
  static let rehearsal = #""rehearsal": true,"#

  private func pushback(_ id: String, _ fields: String) -> String {
    #"{"id": "\#(id)", "question": "\"Our budget is fixed.\"", "kind": "text", \#(fields)}"#
  }

  @Test func readsEachPushbacksPrincipleAndCue() throws {
    let course = try F.decode(
      F.course(
        prompts: [pushback("budget", #""principle": "framing", "cue": "Move to the terms.""#)],
        unitExtra: Self.rehearsal))
    #expect(course.rehearsalUnit?.id == "economics")
    #expect(
      course.pushbacks.map(\.pushback) == [Pushback(principle: .framing, cue: "Move to the terms.")]
    )
    #expect(course.pushbacks.first?.pushback.line == "Principle: Framing · Move to the terms.")
  }

  @Test func anUnknownPrincipleIsNamedWithItsUnitAndPrompt() {
    #expect(
      F.problems(
        F.course(
          prompts: [pushback("budget", #""principle": "charm", "cue": "Smile.""#)],
          unitExtra: Self.rehearsal)) == [
          #"course.json: unit "economics", prompt "budget": field "principle" must be one of "#
            + #"clarity, framing, relationships, options (found "charm")."#
        ])
  }

  @Test func aPushbackWithoutAPrincipleIsAProblem() {
    let problems = F.problems(
      F.course(
        prompts: [pushback("budget", #""hint": "Say it calmly.""#)], unitExtra: Self.rehearsal))
    #expect(
      problems == [
        #"course.json: unit "economics", prompt "budget": field "principle" is required in a "#
          + #"rehearsal unit, with a "cue": one of clarity, framing, relationships, options."#
      ])
    let cueOnly = F.problems(
      F.course(prompts: [pushback("budget", #""cue": "Calmly.""#)], unitExtra: Self.rehearsal))
    #expect(cueOnly.contains { $0.contains(#"prompt "budget""#) && $0.contains(#""principle""#) })
  }

  @Test func aPushbackIsAnsweredInWordsAndAPrincipleBelongsToTheRehearsal() {
    let figure =
      #"{"id": "figure", "question": "Q", "kind": "money", "principle": "clarity", "cue": "C"}"#
    #expect(
      F.problems(F.course(prompts: [figure], unitExtra: Self.rehearsal)) == [
        #"course.json: unit "economics", prompt "figure": field "kind" must be text in a "#
          + "rehearsal unit: her reply is words (found money)."
      ])
    #expect(
      F.problems(F.course(prompts: [pushback("budget", #""principle": "clarity", "cue": "C""#)]))
        == [
          #"course.json: unit "economics", prompt "budget": field "principle" belongs to a "#
            + #"rehearsal unit's prompts only ("rehearsal": true)."#
        ])
  }

  @Test func theCoursesRehearsalUsesEveryPrincipleWithACueEach() throws {
    let course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
    let pushbacks = course.pushbacks.map(\.pushback)
    #expect(pushbacks.count >= 12)
    #expect(Set(pushbacks.map(\.principle)) == Set(Principle.allCases))
    #expect(course.rehearsalUnit?.prompts.allSatisfy { $0.hint != nil } == true)
  }
}

/// Her prepared replies go into the meeting: the brief shows the first two in course
/// order, the summary every one, and a reply written elsewhere is offered as a start.
@Suite struct RehearsalRepliesTests {
  let course: Course
  let day = CalendarDate(year: 2026, month: 3, day: 1)

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  private func key(_ promptID: String) -> PromptKey {
    PromptKey(unitID: "rehearsal", promptID: promptID)
  }

  @Test func theBriefShowsTwoRepliesInCourseOrder() throws {
    let answers: [PromptKey: AnswerValue] = [
      key("take-it-or-leave-it"): .text("Thank you; I will take the other offer."),
      key("percentile"): .text("Which survey, and which year?"),
      key("budget-fixed"): .text("Then let's look at the start date."),
      key("deadline"): .text("I need until Tuesday."),
    ]
    let brief = try #require(BriefDocument(course: course, answers: answers, generatedOn: day))
    #expect(
      brief.replies == [
        "\"Our budget for this role is fixed.\" I will say: Then let's look at the start date.",
        "\"You're already at the 75th percentile.\" I will say: Which survey, and which year?",
      ])
    #expect(BriefMarkdown.render(brief).contains("## If they say… I will say…"))
    let summary = SummaryDocument(course: course, answers: answers, date: day)
    let labels = summary.sections.flatMap(\.groups).flatMap(\.entries).compactMap(\.label)
    #expect(labels.filter { $0.hasPrefix("\"") }.count == 4)
  }

  @Test func aBriefWithoutRepliesSaysWhereToWriteThem() throws {
    let brief = try #require(BriefDocument(course: course, answers: [:], generatedOn: day))
    #expect(brief.replies.isEmpty)
    #expect(
      brief.body(of: .replies)
        == .missing(
          "Not answered yet: Step 10 · Rehearse their pushbacks."))
  }

  @Test func herBestAlternativeIsCarriedOverAsAStart() {
    let alternative = PromptKey(unitID: "options", promptID: "alternative")
    let state = CoachState(
      course: course, answers: [alternative: .text("Stay at Mercy.")], drafts: [:], place: nil)
    let kind = PromptKind.text(minLength: 0)
    #expect(state.carriedInput(for: key("take-it-or-leave-it"), kind: kind) != nil)
    #expect(
      state.earlierAnswerNote(for: key("take-it-or-leave-it"), kind: kind)
        == "Carried over from Step 9: edit it if it has changed.")
  }
}
