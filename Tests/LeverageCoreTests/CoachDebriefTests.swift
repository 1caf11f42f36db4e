import CoachTestKit
import Foundation
import LeverageCore
import LeverageResources
import Testing

@Suite struct CoachDebriefTests {
  let course: Course
  let stamp = Date(timeIntervalSince1970: 0)

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func debriefIndex(_ state: CoachState) throws -> Int {
    try #require(state.outline.stops.firstIndex { $0.unit.id == "debrief" })
  }

  @Test func theDebriefIsNeverOwedNorCounted() throws {
    let wrapUp = PromptKey(unitID: "wrap-up", promptID: "takeaways")
    let answers = Dictionary(
      uniqueKeysWithValues: course.promptKeys.filter {
        $0.unitID != "debrief" && $0.unitID != "profile"
      }
      .map { ($0, AnswerValue.text("x")) })
    let state = CoachState(course: course, answers: answers, drafts: [:], place: nil)
    #expect(state.courseProgress.done == state.outline.promptCount)
    // Resuming a finished course lands on the first prompt, not in the debrief.
    #expect(state.currentKey == PromptKey(unitID: "know-your-value", promptID: "skills"))
    let last = try #require(state.outline.position(of: wrapUp))
    #expect(state.outline.position(after: last) == nil)
  }

  /// A run left open overnight logs the next day's cues under that day, not the start's.
  @Test func aCueIsLoggedUnderTheDayTheClockIsOn() throws {
    var state = CoachState(
      course: course, answers: [:], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 3, day: 1))
    state.play([.dayBegan(CalendarDate(year: 2026, month: 3, day: 2))])
    state.play([.unitOpened(try debriefIndex(state))])
    state.play([.typed("305k"), .answerSubmitted, .answerSubmitted])
    state.play([.typed("They asked when I could start."), .answerSubmitted])
    #expect(state.cueLog.map(\.day) == [CalendarDate(year: 2026, month: 3, day: 2)])
  }

  @Test func nextStepsBecomeActionItemsOnce() throws {
    let existing = ActionItem(id: 1, title: "Meet a mentor", createdAt: stamp, updatedAt: stamp)
    var state = CoachState(
      course: course, answers: [:], drafts: [:], place: .map, actionItems: [existing],
      today: CalendarDate(year: 2026, month: 3, day: 1))
    state.play([.unitOpened(try debriefIndex(state))])
    #expect(state.currentKey == PromptKey(unitID: "debrief", promptID: "offered"))
    state.play([.typed("305k"), .answerSubmitted, .answerSubmitted])
    state.play([.typed("They asked when I could start."), .answerSubmitted])
    #expect(
      state.cueLog == [
        CueEntry(
          day: CalendarDate(year: 2026, month: 3, day: 1), text: "They asked when I could start.")
      ])
    #expect(state.currentKey == PromptKey(unitID: "debrief", promptID: "next-steps"))
    state.play([.typed("Send the counter-offer"), .newLineRequested, .typed("meet a mentor")])
    let effects = state.play([.answerSubmitted])
    #expect(effects.contains(.actionItems(.add(title: "Send the counter-offer"))))
    // Already an action item, in any case: not added twice.
    #expect(
      !effects.contains {
        if case .actionItems(.add(let title)) = $0 {
          title.lowercased() == "meet a mentor"
        } else {
          false
        }
      })
    #expect(state.route == .actionItems)
    let ladder = try #require(OfferLadder(course: course, answers: state.answers))
    #expect(ladder.latestOfferCents == 30_500_000)
  }
}

extension CoachDebriefTests {
  /// Each meeting is its own entry: the debrief opens empty, and the same offer named at a
  /// second meeting is saved again as that meeting's, the first kept as history.
  @Test func aSecondDebriefStartsEmptyAndSavesItsOwnEntry() throws {
    let offered = PromptKey(unitID: "debrief", promptID: "offered")
    let cues = PromptKey(unitID: "debrief", promptID: "cues")
    var state = CoachState(
      course: course, answers: [offered: .money(cents: 30_500_000), cues: .text("Hesitant")],
      drafts: [:], place: .map, actionItems: [], today: CalendarDate(year: 2026, month: 3, day: 1)
    )
    state.play([.unitOpened(try debriefIndex(state))])
    #expect(state.currentKey == offered)
    #expect(state.editor?.input == .field(""))
    let effects = state.play([.typed("305k"), .answerSubmitted])
    #expect(effects.contains { if case .saveAnswer(_, offered, _, _) = $0 { true } else { false } })
    state.play([.answerSubmitted])
    #expect(state.currentKey == cues)
    #expect(state.editor?.input == .text(""))
  }

  /// The checklist's hint says an unticked idea deserves a second look: none ticked is an
  /// answer too, and Enter moves on.
  @Test func theChecklistAcceptsNoneTicked() throws {
    let takeaways = PromptKey(unitID: "wrap-up", promptID: "takeaways")
    let skills = PromptKey(unitID: "know-your-value", promptID: "skills")
    var state = CoachState(
      course: course, answers: [skills: .list(["Teaching"])], drafts: [:],
      place: .prompt(takeaways))
    #expect(state.currentKey == takeaways)
    state.play([.answerSubmitted])
    #expect(state.route == .actionItems)
  }
}
