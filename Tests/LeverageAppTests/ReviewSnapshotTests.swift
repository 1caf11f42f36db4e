import CoachTestKit
import Foundation
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct ReviewSnapshotTests {
  private static func answer(
    _ id: Int64, _ unit: String, _ prompt: String, _ value: AnswerValue, revision: Int = 1
  ) -> SavedAnswer {
    SavedAnswer(
      id: id, key: ShippedCourse.key(unit, prompt), kind: .text, value: value,
      revision: revision, createdAt: Date(timeIntervalSince1970: 1_795_000_000 + Double(id) * 3600))
  }

  static let answers = [
    answer(
      5, "clarity", "value-story", .text("Café rounds cut readmissions by a third."), revision: 2),
    answer(4, "economics", "salary", .money(cents: 30_000_000)),
    answer(3, "clarity", "value-story", .text("I built two clinics.\nSecond line.")),
    answer(2, "early-career", "measure", .choice(selected: ["wRVUs"], other: nil)),
    answer(1, "know-your-value", "skills", .list(["Robotic surgery", "Spanish, fluent"])),
  ]

  private func reviewing(search: String = "") -> CoachState {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("economics", "salary"): .money(cents: 30_000_000)], place: .map)
    state.play([.review(.opened)])
    if !search.isEmpty {
      state.play([.review(.searchStarted), .review(.searchEdited(.typed(search)))])
    }
    state.play([.review(.pageLoaded(ReviewPage(total: 5, offset: 0, answers: Self.answers)))])
    return state
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func list(size: Size) {
    var state = reviewing()
    state.play([.review(.selectionMoved(by: 1))])
    assertSnapshot(
      Render.screen(state, size: size), named: "review-list-\(size.width)x\(size.height)")
  }

  @Test func searchWithNoMatch() {
    var state = ShippedCourse.state(place: .map)
    state.play([
      .review(.opened), .review(.searchStarted), .review(.searchEdited(.typed("NEAR( \"*"))),
      .review(.pageLoaded(ReviewPage(total: 0, offset: 0, answers: []))),
    ])
    assertSnapshot(
      Render.screen(state, size: ScreenSnapshotTests.small), named: "review-no-match-80x24")
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func detailWithHistory(size: Size) {
    var state = reviewing(search: "clinics")
    state.play([
      .review(.searchEnded), .review(.selectionMoved(by: 2)), .review(.detailOpened),
      .review(
        .historyLoaded(
          ShippedCourse.key("clarity", "value-story"), [Self.answers[2], Self.answers[0]])),
    ])
    assertSnapshot(
      Render.screen(state, size: size), named: "review-detail-\(size.width)x\(size.height)")
  }

  /// A long answer scrolls in the detail view (PgDn, End) while the history stays under it.
  @Test(arguments: ScreenSnapshotTests.sizes)
  func detailOfALongAnswerScrolledToItsEnd(size: Size) {
    let story = (1...120).map { "Sentence \($0) of the story I open with." }.joined(separator: " ")
    let long = Self.answer(6, "clarity", "value-story", .text(story), revision: 3)
    var state = reviewing()
    state.play([
      .review(.pageLoaded(ReviewPage(total: 6, offset: 0, answers: [long] + Self.answers))),
      .review(.detailOpened),
      .review(
        .historyLoaded(
          ShippedCourse.key("clarity", "value-story"), [Self.answers[2], Self.answers[0], long])),
    ])
    TeachingScrollTests.press(.end, on: &state, size: size)
    #expect(state.review?.detailScroll ?? 0 > 0)
    #expect(state.review?.historySelection == 2)
    assertSnapshot(
      Render.screen(state, size: size), named: "review-detail-scrolled-\(size.width)x\(size.height)"
    )
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func confirmDelete(size: Size) {
    var state = reviewing()
    state.play([.review(.deleteRequested)])
    assertSnapshot(
      Render.screen(state, size: size), named: "review-confirm-delete-\(size.width)x\(size.height)")
  }

  @Test func emptyJournal() {
    var state = ShippedCourse.state(place: .map)
    state.play([
      .review(.opened), .review(.pageLoaded(ReviewPage(total: 0, offset: 0, answers: []))),
    ])
    assertSnapshot(
      Render.screen(state, size: ScreenSnapshotTests.small), named: "review-empty-80x24")
  }
}

@Suite struct ReviewLabelTests {
  @Test func anAnswerToAPromptTheCourseLacksIsMarkedInTheReview() {
    let state = ShippedCourse.state(answers: [:], place: .map)
    #expect(
      state.label(of: PromptKey(unitID: "old-unit", promptID: "gone"))
        == "[not in this course] old-unit/gone")
    #expect(state.label(of: ShippedCourse.key("economics", "salary")).hasPrefix("3 What is your"))
  }
}
