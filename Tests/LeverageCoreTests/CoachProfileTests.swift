import CoachTestKit
import Foundation
import LeverageCore
import LeverageResources
import Testing

/// The profile is offered, never owed: walked on request, left out of progress and resumes.
@Suite struct CoachProfileTests {
  let course: Course

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func years(_ value: Double) -> [PromptKey: AnswerValue] {
    [PromptKey(unitID: "profile", promptID: "years"): .number(value)]
  }

  @Test func beginningSkipsTheProfile() {
    var state = CoachState(course: course, answers: [:], drafts: [:], place: nil)
    state.play([.beginRequested])
    #expect(state.currentKey == PromptKey(unitID: "know-your-value", promptID: "skills"))
  }

  @Test func profileAnswersDoNotCountTowardsTheCourse() {
    let state = CoachState(course: course, answers: years(3), drafts: [:], place: nil)
    #expect(state.courseProgress.done == 0)
    #expect(state.outline.promptCount == 60)
    #expect(state.outline.stepCount == 10)
    // A journal with only a profile resumes in the course, not in the profile.
    #expect(state.currentKey == PromptKey(unitID: "know-your-value", promptID: "skills"))
  }

  @Test func theWelcomeOffersTheProfileAndItEndsOnTheSpotlight() {
    var state = CoachState(course: course, answers: [:], drafts: [:], place: nil)
    state.play([.profile(.editRequested)])
    #expect(state.currentKey == PromptKey(unitID: "profile", promptID: "name"))
    state.play([.previousPromptRequested])
    #expect(state.notice == .info("This is the first prompt."))
    state.play([.typed("Dr Ana Ruiz"), .answerSubmitted])
    #expect(state.currentKey == PromptKey(unitID: "profile", promptID: "specialty"))
    for _ in 0..<16 { state.play([.nextPromptRequested]) }
    #expect(state.currentKey == PromptKey(unitID: "profile", promptID: "scrubs-coat"))
    state.play([.focusMoved(by: 1), .answerSubmitted])
    #expect(state.route == .profile)
    state.play([.beginRequested])
    #expect(state.currentKey == PromptKey(unitID: "know-your-value", promptID: "skills"))
    #expect(
      state.answers[PromptKey(unitID: "profile", promptID: "scrubs-coat")]
        == .choice(selected: ["White coat"], other: nil))
  }

  @Test func theCourseNeverWalksBackIntoTheProfile() {
    var state = CoachState(course: course, answers: [:], drafts: [:], place: nil)
    state.play([.beginRequested, .previousPromptRequested])
    #expect(state.currentKey == PromptKey(unitID: "know-your-value", promptID: "skills"))
    #expect(state.notice == .info("This is the first prompt."))
  }

  @Test func theMapOpensTheSpotlightForTheProfileRow() {
    var state = CoachState(course: course, answers: [:], drafts: [:], place: nil)
    state.play([.mapRequested])
    #expect(state.mapSelection == 1)
    state.play([.mapSelectionMoved(by: -1), .unitOpened(0)])
    #expect(state.route == .profile)
    state.play([.mapRequested])
    #expect(state.route == .map)
  }

  @Test func stepTwoSpeaksToEarlyCareerPhysiciansOnly() {
    let note = { (unitID: String, answers: [PromptKey: AnswerValue]) in
      course.unit(id: unitID).flatMap {
        ProfileSpotlight.earlyCareerNote(on: $0, course: course, answers: answers)
      }
    }
    #expect(note("early-career", years(2))?.hasPrefix("Early in your career?") == true)
    #expect(note("early-career", years(5)) == nil)
    #expect(note("early-career", [:]) == nil)
    #expect(note("economics", years(1)) == nil)
  }
}
