import CoachTestKit
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct LadderSnapshotTests {
  static func key(_ promptID: String) -> PromptKey { ShippedCourse.key("ladder", promptID) }

  /// Typing an anchor below the target warns before it is even saved, and names the term.
  @Test(arguments: ScreenSnapshotTests.sizes)
  func anchorBelowTargetWarnsAsYouType(size: Size) {
    var state = ShippedCourse.state(
      answers: [
        Self.key("alternative-worth"): .money(cents: 28_000_000),
        Self.key("walk-away-figure"): .money(cents: 29_000_000),
        Self.key("target"): .money(cents: 32_000_000),
      ], place: .prompt(Self.key("anchor")))
    state.play([.typed("310k")])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-ladder-\(size.width)x\(size.height)")
  }

  @Test func debriefPlacesTheOffer() {
    var state = ShippedCourse.state(
      answers: [
        Self.key("walk-away-figure"): .money(cents: 29_000_000),
        Self.key("target"): .money(cents: 32_000_000),
        Self.key("anchor"): .money(cents: 34_000_000),
        Self.key("anchor-reason"): .text("The clinic I built."),
      ], place: .prompt(ShippedCourse.key("debrief", "offered")))
    state.play([.typed("300,000")])
    assertSnapshot(
      Render.screen(state, size: ScreenSnapshotTests.small), named: "prompt-debrief-80x24")
  }

  @Test func debriefCuesShowTheLog() {
    var state = CoachState(
      course: ShippedCourse.course,
      answers: [ShippedCourse.key("debrief", "offered"): .money(cents: 30_000_000)], drafts: [:],
      place: .prompt(ShippedCourse.key("debrief", "cues")), actionItems: [],
      today: CalendarDate(year: 2026, month: 12, day: 2),
      cueLog: [
        CueEntry(
          day: CalendarDate(year: 2026, month: 11, day: 3), text: "Chair said the budget is fixed."),
        CueEntry(
          day: CalendarDate(year: 2026, month: 11, day: 20),
          text: "CFO asked about\nmy clinic's wait list."),
      ])
    state.play([.typed("They asked when I could start.")])
    assertSnapshot(
      Render.screen(state, size: ScreenSnapshotTests.small), named: "prompt-debrief-cues-80x24")
  }
}
