import CoachTestKit
import Testing

@testable import LeverageCore

@Suite struct CoachTests {
  @Test func newJournalOpensOnWelcomeAndEnterBeginsTheFirstPrompt() {
    var state = TestCourse.fresh()
    #expect(state.route == .welcome)
    let effects = state.play([.beginRequested])
    #expect(state.currentKey == TestCourse.skills)
    #expect(effects == [.savePlace(.prompt(TestCourse.skills))])
  }

  @Test func submittingAValidAnswerSavesItThenMovesOn() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("Robotic surgery")])
    let effects = state.play([.answerSubmitted])
    #expect(
      effects.first
        == .saveAnswer(
          .list(["Robotic surgery"]), key: TestCourse.skills, kind: .list,
          then: .prompt(TestCourse.story)))
    #expect(state.answers[TestCourse.skills] == .list(["Robotic surgery"]))
    #expect(state.currentKey == TestCourse.story)
    #expect(state.notice == .info("Saved."))
  }

  @Test func theCoachWaitsForTheJournalBeforeMovingOn() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("Teaching")])
    let effects = Coach.update(&state, .answerSubmitted)
    #expect(
      effects == [
        .saveAnswer(
          .list(["Teaching"]), key: TestCourse.skills, kind: .list,
          then: .prompt(TestCourse.story))
      ])
    #expect(state.currentKey == TestCourse.skills)
    _ = Coach.update(&state, .typed("ignored while saving"))
    #expect(state.editor?.input == .list(["Teaching"]))
    _ = Coach.update(&state, .answerSaveFailed(TestCourse.skills, message: "Disk full."))
    #expect(state.currentKey == TestCourse.skills)
    #expect(state.notice == .error("Disk full."))
    #expect(state.editor?.input == .list(["Teaching"]))
    state.play([.answerSubmitted])
    #expect(state.currentKey == TestCourse.story)
    #expect(state.notice == .info("Saved."))
  }

  @Test func anInvalidAnswerShowsAMessageAndKeepsWhatWasTyped() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .nextPromptRequested, .nextPromptRequested, .typed("lots")])
    #expect(state.currentKey == TestCourse.pay)
    let effects = state.play([.answerSubmitted])
    #expect(effects.isEmpty)
    guard case .error(let message)? = state.notice else {
      Issue.record("expected an error notice")
      return
    }
    #expect(!message.isEmpty)
    #expect(state.editor?.input == .field("lots"))
    state.play([.previousPromptRequested])
    #expect(state.currentKey == TestCourse.story)
  }

  @Test func leavingAPromptKeepsItsDraftAndComingBackRestoresIt() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .nextPromptRequested, .typed("Half a thought")])
    let effects = state.play([.nextPromptRequested])
    #expect(effects.contains(.saveDraft(.text("Half a thought"), key: TestCourse.story)))
    #expect(state.answers[TestCourse.story] == nil)
    state.play([.previousPromptRequested])
    #expect(state.editor?.input == .text("Half a thought"))
    #expect(state.editor?.activeField?.cursor == "Half a thought".count)
  }

  @Test func skipAndBackWalkAcrossUnits() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .nextPromptRequested, .nextPromptRequested, .nextPromptRequested])
    #expect(state.currentKey == TestCourse.open)
    #expect(state.currentPosition == PromptPosition(unitIndex: 1, promptIndex: 0))
    state.play([.previousPromptRequested])
    #expect(state.currentKey == TestCourse.pay)
    state.play([.previousPromptRequested, .previousPromptRequested, .previousPromptRequested])
    #expect(state.currentKey == TestCourse.skills)
    #expect(state.notice == .info("This is the first prompt."))
  }

  @Test func escapeOpensTheMapAndEscapeAgainReturns() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .nextPromptRequested, .typed("draft")])
    let effects = state.play([.mapRequested])
    #expect(state.route == .map)
    #expect(state.mapSelection == 0)
    #expect(effects == [.saveDraft(.text("draft"), key: TestCourse.story), .savePlace(.map)])
    state.play([.mapRequested])
    #expect(state.currentKey == TestCourse.story)
    #expect(state.editor?.input == .text("draft"))
  }

  @Test func theMapOpensAUnitAtItsFirstUnansweredPrompt() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .mapRequested, .mapSelectionMoved(by: 1)])
    #expect(state.mapSelection == 1)
    state.play([.unitOpened(1), .scaleSet(4), .answerSubmitted, .mapRequested, .unitOpened(1)])
    #expect(state.currentKey == TestCourse.measure)
    state.play([.mapRequested, .mapSelectionMoved(by: 99)])
    #expect(state.mapSelection == 2)
  }

  @Test func reansweringWithTheSameValueWritesNoNewRevision() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("Teaching"), .answerSubmitted, .previousPromptRequested])
    #expect(state.editor?.input == .list(["Teaching"]))
    let effects = state.play([.answerSubmitted])
    #expect(!effects.contains { if case .saveAnswer = $0 { true } else { false } })
    #expect(state.currentKey == TestCourse.story)
  }

  @Test func reansweringWithANewValueSavesARevision() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("Teaching"), .answerSubmitted, .previousPromptRequested])
    let effects = state.play([.typed(" and research"), .answerSubmitted])
    #expect(
      effects.first
        == .saveAnswer(
          .list(["Teaching and research"]), key: TestCourse.skills, kind: .list,
          then: .prompt(TestCourse.story)))
  }

  @Test func anOptionalPromptCanBeLeftEmptyAndTheLastOneLeadsToTheMap() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .mapRequested, .unitOpened(2)])
    #expect(state.currentKey == TestCourse.note)
    let effects = state.play([.answerSubmitted])
    #expect(effects == [.markSkipped(TestCourse.note), .savePlace(.map)])
    #expect(state.route == .map)
  }

  @Test func resumingOpensTheSavedPlaceWithItsDraft() {
    let state = CoachState(
      course: TestCourse.course, answers: [TestCourse.skills: .list(["Teaching"])],
      drafts: [TestCourse.pay: .field("25")], place: .prompt(TestCourse.pay))
    #expect(state.currentKey == TestCourse.pay)
    #expect(state.editor?.input == .field("25"))
  }

  @Test func resumingWithoutAPlaceOpensTheFirstUnansweredPrompt() {
    let state = CoachState(
      course: TestCourse.course, answers: [TestCourse.skills: .list(["Teaching"])], drafts: [:],
      place: nil)
    #expect(state.currentKey == TestCourse.story)
  }

  @Test func quittingSavesTheDraftThenQuits() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .nextPromptRequested, .typed("unfinished")])
    #expect(
      state.play([.quitRequested]) == [
        .saveDraft(.text("unfinished"), key: TestCourse.story), .quit(exitStatus: 0),
      ])
  }

  @Test func aSignalSavesTheDraftAndQuitsWithItsStatus() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("x")])
    #expect(
      state.play([.signalReceived(exitStatus: 129)]) == [
        .saveDraft(.list(["x"]), key: TestCourse.skills), .quit(exitStatus: 129),
      ])
  }

  @Test func theDraftTimerSavesOnlyWhenSomethingChanged() {
    var state = TestCourse.fresh()
    state.play([.beginRequested])
    #expect(state.play([.draftTimerFired]).isEmpty)
    state.play([.typed("a")])
    #expect(state.play([.draftTimerFired]) == [.saveDraft(.list(["a"]), key: TestCourse.skills)])
    #expect(state.play([.draftTimerFired]).isEmpty)
  }

  @Test func enterOnASingleChoiceTakesTheHighlightedOption() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .mapRequested, .unitOpened(1), .nextPromptRequested])
    #expect(state.currentKey == TestCourse.measure)
    let effects = state.play([.focusMoved(by: 1), .answerSubmitted])
    #expect(
      effects.first
        == .saveAnswer(
          .choice(selected: ["Visits"], other: nil), key: TestCourse.measure, kind: .choice,
          then: .prompt(TestCourse.note)))
  }

  @Test func typingOtherReplacesAPickedOptionInASingleChoice() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .mapRequested, .unitOpened(1), .nextPromptRequested])
    state.play([.optionPicked(0), .focusMoved(by: 2), .typed("Panels")])
    #expect(state.editor?.input == .choice(selected: [], other: "Panels"))
  }

  @Test func listsGrowWithTabAndCtrlJAndShrinkWithBackspace() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("A"), .focusMoved(by: 1), .typed("B"), .newLineRequested])
    #expect(state.editor?.input == .list(["A", "B", ""]))
    state.play([.deletedBackward])
    #expect(state.editor?.input == .list(["A", "B"]))
    state.play([.itemMoved(by: -1)])
    #expect(state.editor?.input == .list(["B", "A"]))
    #expect(state.editor?.focus == 0)
  }

  @Test func helpTogglesWithoutTouchingTheAnswer() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("A"), .helpToggled])
    #expect(state.showsHelp)
    state.play([.helpToggled])
    #expect(!state.showsHelp)
    #expect(state.editor?.input == .list(["A"]))
  }
}

@Suite struct CoachRankingTests {
  private static let course = Course(
    title: "Rank", welcome: Welcome(title: "W", body: "B"),
    parts: [
      Part(
        id: "p", title: "P", summary: "", numbered: true,
        units: [
          Unit(
            id: "u", title: "U", idea: "I",
            prompts: [
              Prompt(id: "areas", question: "Areas?", kind: .list(ListRule(exactly: 3))),
              Prompt(
                id: "ranking", question: "Rank?",
                kind: .list(ListRule(exactly: 3, rankFrom: "areas"))),
            ])
        ])
    ])

  @Test func aRankingStartsWithTheItemsItRanksAndMovingThemSavesTheOrder() {
    var state = CoachState(course: Self.course, answers: [:], drafts: [:], place: nil)
    state.play([
      .beginRequested, .typed("Call"), .focusMoved(by: 1), .typed("CME"), .focusMoved(by: 1),
      .typed("Lead"), .answerSubmitted,
    ])
    #expect(state.editor?.input == .list(["Call", "CME", "Lead"]))
    #expect(state.play([.draftTimerFired]).isEmpty)
    let effects = state.play([
      .focusMoved(by: 2), .itemMoved(by: -1), .itemMoved(by: -1), .answerSubmitted,
    ])
    #expect(
      effects.first
        == .saveAnswer(
          .list(["Lead", "Call", "CME"]), key: PromptKey(unitID: "u", promptID: "ranking"),
          kind: .list, then: .map))
  }
}
