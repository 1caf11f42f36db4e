import CoachTestKit
import Foundation
import LeverageResources
import Testing

@testable import LeverageCore

/// A yearly figure under $10,000 is asked about ("Did you mean $720,000?") before it is
/// saved, in the prompts and in the offers table alike.
@Suite struct FigureQuestionTests {
  private func onPay() -> CoachState {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .nextPromptRequested, .nextPromptRequested])
    return state
  }

  @Test func yesSavesTheThousands() {
    var state = onPay()
    #expect(state.play([.typed("720"), .answerSubmitted]).isEmpty)
    #expect(state.notice == .error("$720 a year? Did you mean $720,000? y: yes · n: keep $720"))
    let effects = state.play([.figureAnswered(meantThousands: true)])
    #expect(
      effects.first
        == .saveAnswer(
          .money(cents: 72_000_000), key: TestCourse.pay, kind: .money,
          then: .prompt(TestCourse.open)
        ))
    #expect(state.figureQuestion == nil)
  }

  @Test func noSavesWhatWasTyped() {
    var state = onPay()
    state.play([.typed("720"), .answerSubmitted])
    let effects = state.play([.figureAnswered(meantThousands: false)])
    #expect(
      effects.first
        == .saveAnswer(
          .money(cents: 72_000), key: TestCourse.pay, kind: .money, then: .prompt(TestCourse.open)))
  }

  @Test func aPlausibleFigureOrNothingIsNotAskedAbout() {
    var state = onPay()
    #expect(!state.play([.typed("720k"), .answerSubmitted]).isEmpty)
    #expect(state.figureQuestion == nil)
    #expect(FigureQuestion(yearlyCents: 0, pending: .answer) == nil)
    #expect(FigureQuestion(yearlyCents: 1_000_000, pending: .answer) == nil)
  }

  @Test func aRatePerWRVUIsNotAYearlyFigure() {
    #expect(!PromptKind.money(maximum: 1000).asksForYearlyFigure)
    #expect(PromptKind.money(maximum: 50_000_000).asksForYearlyFigure)
  }

  @Test func theOffersTableAsksAboutASalaryToo() throws {
    let course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
    let stamp = Date(timeIntervalSince1970: 0)
    let offer = Offer(id: 1, name: "Riverside", entries: [:], createdAt: stamp, updatedAt: stamp)
    var state = CoachState(
      course: course, answers: [:], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 3, day: 1), offers: [offer])
    _ = Coach.update(&state, .offers(.opened))
    _ = Coach.update(&state, .offers(.editRequested(startingWith: "~720")))
    #expect(Coach.update(&state, .offers(.row(.fieldSubmitted))).isEmpty)
    #expect(state.figureQuestion?.suggestedCents == 72_000_000)
    #expect(
      Coach.update(&state, .figureAnswered(meantThousands: true)) == [
        .offers(.setEntry(id: 1, line: .salary, entry: .money(cents: 72_000_000, isEstimate: true)))
      ])
  }
}
