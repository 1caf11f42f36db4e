import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore

@Suite struct CoachReviewTests {
  private func saved(_ id: Int64, _ key: PromptKey, _ value: AnswerValue, revision: Int = 1)
    -> SavedAnswer
  {
    SavedAnswer(
      id: id, key: key, kind: .list, value: value, revision: revision,
      createdAt: Date(timeIntervalSince1970: Double(id)))
  }

  /// A state on the review, with two answers loaded as the journal would return them.
  private func reviewing() -> CoachState {
    var state = CoachState(
      course: TestCourse.course,
      answers: [TestCourse.skills: .list(["Teaching"]), TestCourse.story: .text("Clinic")],
      drafts: [:], place: .map)
    _ = Coach.update(&state, .review(.opened))
    _ = Coach.update(
      &state,
      .review(
        .pageLoaded(
          ReviewPage(
            total: 2, offset: 0,
            answers: [
              saved(2, TestCourse.story, .text("Clinic")),
              saved(1, TestCourse.skills, .list(["Teaching"])),
            ]))))
    return state
  }

  @Test func openingTheReviewLoadsTheFirstWindow() {
    var state = CoachState(course: TestCourse.course, answers: [:], drafts: [:], place: .map)
    let effects = Coach.update(&state, .review(.opened))
    #expect(state.route == .review)
    #expect(
      effects == [
        .review(
          .loadPage(
            ReviewRequest(
              words: "", unitID: nil, period: .allTime, latestOnly: false, offset: 0,
              limit: ReviewState.windowSize)))
      ])
  }

  @Test func typingSearchesOnlyAfterSlashAndEveryChangeSearchesAgain() {
    var state = reviewing()
    #expect(Coach.update(&state, .review(.searchEdited(.typed("x")))).isEmpty)
    _ = Coach.update(&state, .review(.searchStarted))
    let effects = Coach.update(&state, .review(.searchEdited(.typed("cli"))))
    #expect(state.review?.search.text == "cli")
    guard case .review(.loadPage(let request))? = effects.first else {
      Issue.record("expected a search")
      return
    }
    #expect(request.words == "cli")
    #expect(state.review?.selection == 0)
  }

  @Test func filtersCycleAndReload() {
    var state = reviewing()
    _ = Coach.update(&state, .review(.unitFilterCycled))
    #expect(state.review?.unitID == "value")
    _ = Coach.update(&state, .review(.periodCycled))
    #expect(state.review?.period == .lastWeek)
    let effects = Coach.update(&state, .review(.latestOnlyToggled))
    guard case .review(.loadPage(let request))? = effects.first else {
      Issue.record("expected a reload")
      return
    }
    #expect(request.unitID == "value" && request.period == .lastWeek && request.latestOnly)
  }

  @Test func theDetailViewLoadsTheHistoryOfThePrompt() {
    var state = reviewing()
    _ = Coach.update(&state, .review(.selectionMoved(by: 1)))
    #expect(state.review?.selectedAnswer?.key == TestCourse.skills)
    #expect(
      Coach.update(&state, .review(.detailOpened)) == [.review(.loadHistory(TestCourse.skills))])
    let history = [
      saved(1, TestCourse.skills, .list(["Old"])),
      saved(3, TestCourse.skills, .list(["Teaching"]), revision: 2),
    ]
    _ = Coach.update(&state, .review(.historyLoaded(TestCourse.skills, history)))
    #expect(state.review?.mode == .detail)
    #expect(state.review?.shownRevision?.id == 1)
    _ = Coach.update(&state, .review(.historyMoved(by: 1)))
    #expect(state.review?.shownRevision?.revision == 2)
  }

  @Test func editingFromTheReviewSavesARevisionAndReturnsThere() {
    var state = reviewing()
    _ = Coach.update(&state, .review(.editRequested))
    #expect(state.currentKey == TestCourse.story)
    #expect(state.editor?.input == .text("Clinic"))
    let effects = state.play([.typed(" and teaching"), .answerSubmitted])
    #expect(
      effects.first
        == .saveAnswer(
          .text("Clinic and teaching"), key: TestCourse.story, kind: .text, then: nil))
    #expect(state.route == .review)
    #expect(state.answers[TestCourse.story] == .text("Clinic and teaching"))
    #expect(effects.contains { if case .review(.loadPage) = $0 { true } else { false } })
  }

  @Test func escapeFromAnEditGoesBackToTheReviewKeepingADraft() {
    var state = reviewing()
    _ = Coach.update(&state, .review(.editRequested))
    let effects = state.play([.typed("!"), .mapRequested])
    #expect(state.route == .review)
    #expect(effects.first == .saveDraft(.text("Clinic!"), key: TestCourse.story))
  }

  @Test func deleteAsksFirstThenUndoBringsItBack() {
    var state = reviewing()
    #expect(Coach.update(&state, .review(.deleteConfirmed)).isEmpty)
    _ = Coach.update(&state, .review(.deleteRequested))
    #expect(state.review?.mode == .confirmDelete)
    #expect(
      Coach.update(&state, .review(.deleteConfirmed)) == [.review(.deleteAnswer(TestCourse.story))])
    let deleted = DeletedAnswer(key: TestCourse.story, deletedAt: Date(timeIntervalSince1970: 9))
    _ = Coach.update(&state, .review(.answerDeleted(deleted)))
    #expect(state.answers[TestCourse.story] == nil)
    #expect(state.notice == .info("Deleted. Press u to undo."))
    #expect(Coach.update(&state, .review(.undoRequested)) == [.review(.restoreAnswer(deleted))])
    _ = Coach.update(
      &state,
      .review(.answerRestored(TestCourse.story, saved(2, TestCourse.story, .text("Clinic")))))
    #expect(state.answers[TestCourse.story] == .text("Clinic"))
    #expect(Coach.update(&state, .review(.undoRequested)).isEmpty)
  }

  @Test func movingFarAwayLoadsANewWindowAroundTheSelection() {
    var state = reviewing()
    let answers = (0..<200).map { saved(Int64(1000 - $0), TestCourse.skills, .list(["\($0)"])) }
    _ = Coach.update(
      &state, .review(.pageLoaded(ReviewPage(total: 5000, offset: 0, answers: answers))))
    #expect(Coach.update(&state, .review(.selectionMoved(by: 10))).isEmpty)
    let effects = Coach.update(&state, .review(.selectionMoved(by: 4000)))
    guard case .review(.loadPage(let request))? = effects.first else {
      Issue.record("expected a new window")
      return
    }
    #expect(request.offset == 4010 - ReviewState.windowSize / 2)
  }

  @Test func escapeClosesTheDetailThenTheReview() {
    var state = reviewing()
    _ = Coach.update(&state, .review(.detailOpened))
    _ = Coach.update(&state, .review(.closed))
    #expect(state.review?.mode == .list)
    _ = Coach.update(&state, .review(.closed))
    #expect(state.route == .map)
  }
}
