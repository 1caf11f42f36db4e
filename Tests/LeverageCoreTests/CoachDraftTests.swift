import CoachTestKit
import Testing

@testable import LeverageCore

/// A draft is in the journal exactly when the field differs from the saved answer.
@Suite struct CoachDraftTests {
  /// The figure that came back: the timer saved "3.48m" as a draft the coach did not know
  /// of, so the skip that followed Ctrl-U had no draft to delete.
  @Test func skippingAfterTheTimerSavedADraftDeletesIt() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .mapRequested, .unitOpened(2), .typed("3.48m")])
    #expect(state.currentKey == TestCourse.note)
    #expect(state.play([.draftTimerFired]) == [.saveDraft(.text("3.48m"), key: TestCourse.note)])
    state.play([.deletedToLineStart])
    let effects = state.play([.answerSubmitted])
    #expect(effects.contains(.discardDraft(TestCourse.note)))
    #expect(state.drafts[TestCourse.note] == nil)
  }

  @Test func clearingAFieldDeletesItsDraftAtTheNextTick() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .nextPromptRequested, .typed("half")])
    state.play([.draftTimerFired])
    #expect(state.hasDraft(at: state.currentPosition!))
    state.play([.deletedToLineStart])
    #expect(state.play([.draftTimerFired]) == [.discardDraft(TestCourse.story)])
    #expect(!state.hasDraft(at: state.currentPosition!))
  }

  @Test func restoringTheSavedValueLeavesNoDraftMark() {
    var state = CoachState(
      course: TestCourse.course, answers: [TestCourse.pay: .money(cents: 50_000_000)], drafts: [:],
      place: .prompt(TestCourse.pay))
    state.play([.cursorMoved(.lineEnd), .typed("1")])
    state.play([.draftTimerFired])
    state.play([.deletedBackward])
    let effects = state.play([.mapRequested])
    #expect(effects.contains(.discardDraft(TestCourse.pay)))
    #expect(!state.hasDraft(unitIndex: 0))
  }

  @Test func aReopenedMoneyAnswerShowsItsFigureOnceBehindTheDollarSign() {
    let state = CoachState(
      course: TestCourse.course, answers: [TestCourse.pay: .money(cents: 50_000_000)], drafts: [:],
      place: .prompt(TestCourse.pay))
    #expect(state.editor?.input == .field("500,000"))
  }
}
