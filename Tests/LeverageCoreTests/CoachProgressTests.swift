import CoachTestKit
import Foundation
import LeverageCore
import LeverageResources
import Testing

/// Issue 15's orientation: one rule for what is done, the profile's own count, a unit reopened
/// at its first prompt not done or drafted, and the part that begins at a prompt.
@Suite struct CoachProgressTests {
  let shipped: Course

  init() throws {
    shipped = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  /// Every required prompt of the test course answered, so the walk ends on the optional note.
  let required: [PromptKey: AnswerValue] = [
    TestCourse.skills: .list(["x"]), TestCourse.story: .text("y"),
    TestCourse.pay: .money(cents: 100), TestCourse.open: .scale(3),
    TestCourse.measure: .choice(selected: ["wRVUs"], other: nil),
  ]

  @Test func anOptionalPromptMovedPastEmptyCountsAsDone() {
    var state = CoachState(
      course: TestCourse.course, answers: required, drafts: [:],
      place: .prompt(TestCourse.note))
    #expect(state.courseProgress == SectionProgress(done: 5, total: 6))
    let effects = state.play([.answerSubmitted])
    #expect(effects.contains(.markSkipped(TestCourse.note)))
    #expect(state.skipped == [TestCourse.note])
    #expect(state.answers[TestCourse.note] == nil)
    #expect(state.courseProgress == SectionProgress(done: 6, total: 6))
    #expect(state.doneCount(unitIndex: 2) == 1)
  }

  @Test func theMarkIsKeptAcrossARestartAndTheUnitCountsItDone() {
    let state = CoachState(
      course: TestCourse.course, answers: required, drafts: [:], place: nil,
      skipped: [TestCourse.note])
    #expect(state.courseProgress == SectionProgress(done: 6, total: 6))
    // Nothing is open, so a start opens the first prompt rather than the one moved past.
    #expect(state.currentKey == TestCourse.skills)
  }

  @Test func answeringLaterReplacesTheMark() {
    var state = CoachState(
      course: TestCourse.course, answers: required, drafts: [:],
      place: .prompt(TestCourse.note), skipped: [TestCourse.note])
    state.play([.typed("One more thing"), .answerSubmitted])
    #expect(state.answers[TestCourse.note] == .text("One more thing"))
    #expect(state.skipped.isEmpty)
    #expect(state.courseProgress == SectionProgress(done: 6, total: 6))
  }

  @Test func lookingAheadWithCtrlNLeavesAnOptionalPromptOpen() throws {
    let optional = PromptKey(unitID: "know-your-value", promptID: "dollar-figure")
    let skills = PromptKey(unitID: "know-your-value", promptID: "skills")
    var state = CoachState(
      course: shipped, answers: [skills: .list(["x"])], drafts: [:], place: .prompt(optional))
    #expect(state.currentKey == optional)
    let effects = state.play([.nextPromptRequested])
    #expect(!effects.contains(.markSkipped(optional)))
    #expect(state.skipped.isEmpty)
    state.play([.previousPromptRequested, .answerSubmitted])
    #expect(state.skipped == [optional])
  }

  @Test func aRequiredPromptLeftEmptyIsNeitherSkippedNorLeft() {
    var state = TestCourse.fresh()
    let effects = state.play([.beginRequested, .answerSubmitted])
    #expect(!effects.contains { if case .markSkipped = $0 { true } else { false } })
    #expect(state.currentKey == TestCourse.skills)
    #expect(state.skipped.isEmpty)
  }

  @Test func aMarkOnAPromptTheCourseRequiresCountsForNothing() {
    let state = CoachState(
      course: TestCourse.course, answers: [:], drafts: [:], place: .map,
      skipped: [TestCourse.skills])
    #expect(state.courseProgress.done == 0)
  }

  @Test func theProfileHasItsOwnCounter() throws {
    let years = PromptKey(unitID: "profile", promptID: "years")
    let skills = PromptKey(unitID: "know-your-value", promptID: "skills")
    let state = CoachState(
      course: shipped, answers: [years: .number(4), skills: .list(["x"])], drafts: [:],
      place: .prompt(years))
    let position = try #require(state.currentPosition)
    #expect(state.progress(around: position.unitIndex) == SectionProgress(done: 1, total: 18))
    #expect(state.courseProgress == SectionProgress(done: 1, total: 60))
  }

  @Test func aUnitReopensAtItsFirstPromptNotDone() {
    var state = CoachState(
      course: TestCourse.course, answers: [TestCourse.skills: .list(["x"])], drafts: [:],
      place: .map)
    state.play([.unitOpened(0)])
    #expect(state.currentKey == TestCourse.story)
  }

  @Test func aUnitReopensAtADraftBeforeLaterUnansweredPrompts() {
    var state = CoachState(
      course: TestCourse.course,
      answers: [TestCourse.skills: .list(["x"]), TestCourse.story: .text("y")],
      drafts: [TestCourse.skills: .list(["x", "half-typed"])], place: .map)
    #expect(state.hasDraft(unitIndex: 0))
    state.play([.unitOpened(0)])
    #expect(state.currentKey == TestCourse.skills)
    #expect(state.editor?.input == .list(["x", "half-typed"]))
    #expect(state.hasDraft(at: PromptPosition(unitIndex: 0, promptIndex: 0)))
    #expect(!state.hasDraft(at: PromptPosition(unitIndex: 0, promptIndex: 1)))
  }

  @Test func aPartOpensAtTheFirstPromptOfItsFirstUnitOnly() {
    let state = TestCourse.fresh()
    let at = { PromptPosition(unitIndex: $0, promptIndex: $1) }
    #expect(state.partOpening(at: at(0, 0))?.id == "one")
    #expect(state.partOpening(at: at(0, 1)) == nil)
    #expect(state.partOpening(at: at(1, 0)) == nil)
    #expect(state.partOpening(at: at(2, 0))?.id == "end")
  }
}

@Suite struct CourseLengthTests {
  @Test func theTestCourseIsCountedWordByWord() {
    let length = CourseLength(course: TestCourse.course)
    // Welcome 2, part titles 3, units 8 (titles and ideas), prompts 10 (questions, options).
    #expect(length.words == 23)
    #expect(length.prompts == 6)
    #expect(length.readingMinutes == 1)
    #expect(length.answeringMinutes == 6)
    #expect(length.totalMinutes == 5)
  }

  @Test func theShippedCourseLeavesOutTheProfileAndTheDebrief() throws {
    let course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
    let length = CourseLength(course: course)
    #expect(length.prompts == CourseOutline(course: course).promptCount)
    #expect(length.readingMinutes == (length.words + 237) / 238)
    #expect(length.totalMinutes == 70)
  }

  /// A first sitting counts what the welcome leads to: the profile it offers first, the
  /// course, the offers table and, after the meeting, the debrief.
  @Test func aFirstSittingCountsTheProfileTheOffersAndTheDebrief() throws {
    let course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
    let sitting = SittingLength(course: course)
    let profile = CourseLength(course: course, section: .profile)
    #expect(profile.prompts == 18)
    #expect(sitting.profile == profile.readingMinutes + 18)
    #expect(sitting.debrief == CourseLength(course: course, section: .afterMeeting).prompts + 1)
    // 14 lines' labels and hints read once, 28 cells at 15 seconds.
    #expect(sitting.offers == 1 + 7)
    #expect(sitting.totalMinutes % 5 == 0)
    #expect(
      sitting.summary.hasPrefix(
        "About \(CourseLength.spoken(minutes: sitting.totalMinutes)) in all: "
          + "\(sitting.profile) minutes for your profile, \(sitting.course) for the course, 8 for "
          + "two offers and \(sitting.debrief) for the debrief after the meeting (reading at"))
  }

  @Test func minutesAreSpokenAsAPersonWould() {
    #expect(CourseLength.spoken(minutes: 55) == "55 minutes")
    #expect(CourseLength.spoken(minutes: 60) == "an hour")
    #expect(CourseLength.spoken(minutes: 80) == "1 hour 20 minutes")
    #expect(CourseLength.spoken(minutes: 120) == "2 hours")
    #expect(CourseLength.spoken(minutes: 135) == "2 hours 15 minutes")
  }
}
