import CoachTestKit
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct BriefScreenTests {
  static func state() -> CoachState {
    CoachState(
      course: ShippedCourse.course,
      answers: [
        ShippedCourse.key("clarity", "value-story"): .text(
          "I built the only same-week heart failure clinic in the county; it brings in $1.1M."),
        ShippedCourse.key("beyond-salary", "ranking"): .list([
          "Protected clinic time", "1-in-5 call",
        ]),
        ShippedCourse.key("ladder", "walk-away-figure"): .money(cents: 45_000_000),
        ShippedCourse.key("ladder", "walk-away-reason"): .text("Lakeside's offer."),
        ShippedCourse.key("ladder", "target"): .money(cents: 52_000_000),
        ShippedCourse.key("ladder", "anchor"): .money(cents: 50_000_000),
        ShippedCourse.key("debrief", "offered"): .money(cents: 48_500_000),
      ], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 3, day: 2))
  }

  /// Answered sections, the ladder with the latest offer placed and its warnings, and the
  /// sections still to answer saying where.
  @Test(arguments: ScreenSnapshotTests.sizes)
  func showsTheBriefFromTheAnswers(size: Size) {
    var state = Self.state()
    state.play([.brief(.opened)])
    assertSnapshot(Render.screen(state, size: size), named: "brief-\(size.width)x\(size.height)")
    let limit = BriefScreen.scrollLimit(state, size: size)
    state.play([.brief(.scrolled(by: 14, limit: limit))])
    assertSnapshot(
      Render.screen(state, size: size), named: "brief-scrolled-\(size.width)x\(size.height)")
  }

  @Test func scrollingStopsAtTheEnd() {
    var state = Self.state()
    state.play([.brief(.opened)])
    let size = ScreenSnapshotTests.small
    for _ in 0..<50 {
      let command = KeyMap.command(for: .pageDown, state: state, size: size)
      guard case .coach(let event)? = command else {
        Issue.record("no event")
        return
      }
      state.play([event])
    }
    #expect(state.briefScroll == BriefScreen.scrollLimit(state, size: size))
    #expect(state.briefScroll > 0)
  }

  @Test func exportFromTheBriefPicksTheBrief() {
    var state = Self.state()
    state.play([.brief(.opened)])
    #expect(Coach.update(&state, .export(.opened)) == [.export(.findTarget(.brief, folder: nil))])
    #expect(state.exportForm?.format == .brief)
  }
}
