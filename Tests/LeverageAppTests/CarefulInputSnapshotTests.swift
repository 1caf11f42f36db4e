import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// The screens issue 26 changed, at the smallest size they must work at.
@Suite struct CarefulInputSnapshotTests {
  static let size = ScreenSnapshotTests.minimum
  static let started = [ShippedCourse.key("know-your-value", "skills"): AnswerValue.list(["x"])]

  static func state(at unitID: String, _ promptID: String) -> CoachState {
    ShippedCourse.state(answers: started, place: .prompt(ShippedCourse.key(unitID, promptID)))
  }

  /// A long item being edited wraps: its start is not cut at the left.
  @Test func aLongListItemWrapsWhileEdited() {
    var state = Self.state(at: "know-your-value", "contributions")
    state.play([
      .typed("ALPHASTART " + String(repeating: "chronic total occlusions ", count: 3) + "OMEGAEND")
    ])
    let screen = Render.screen(state, size: Self.size)
    #expect((0..<Self.size.height).contains { screen.rowText($0).contains("ALPHASTART") })
    assertSnapshot(screen, named: "prompt-list-long-item-50x14")
  }

  /// A long template blank being edited wraps too.
  @Test func aLongTemplateBlankWrapsWhileEdited() {
    var state = Self.state(at: "clarity", "reframe")
    state.play([.typed("ALPHASTART " + "shared call cover END")])
    let screen = Render.screen(state, size: Self.size)
    #expect((0..<Self.size.height).contains { screen.rowText($0).contains("ALPHASTART") })
    assertSnapshot(screen, named: "prompt-template-long-blank-50x14")
  }

  /// "List exactly 2 items": the cursor is on the empty second item.
  @Test func aShortListFocusesTheMissingItem() {
    var state = Self.state(at: "know-your-value", "contributions")
    state.play([.typed("Cut readmissions"), .answerSubmitted])
    assertSnapshot(Render.screen(state, size: Self.size), named: "prompt-list-short-50x14")
  }

  @Test func aYearlyFigureUnderTenThousandIsAskedAbout() {
    var state = Self.state(at: "economics", "salary")
    state.play([.typed("720"), .answerSubmitted])
    assertSnapshot(Render.screen(state, size: Self.size), named: "prompt-figure-question-50x14")
  }

  /// A second debrief starts empty, saying what the last meeting's entry was.
  @Test func aSecondDebriefStartsEmpty() {
    let offered = ShippedCourse.key("debrief", "offered")
    let state = ShippedCourse.state(
      answers: Self.started.merging([offered: .money(cents: 30_000_000)]) { $1 },
      place: .prompt(offered))
    assertSnapshot(Render.screen(state, size: Self.size), named: "prompt-debrief-again-50x14")
    // Where the rows allow, the last meeting's offer is named under the question.
    let small = ScreenSnapshotTests.small
    assertSnapshot(Render.screen(state, size: small), named: "prompt-debrief-again-80x24")
  }
}
