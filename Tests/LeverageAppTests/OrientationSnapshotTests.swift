import CoachTestKit
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// Where am I: a drafted prompt says so, the map counts what was moved past, and the
/// profile's questions show the profile's count.
@Suite struct OrientationSnapshotTests {
  static let small = Size(width: 80, height: 24)
  static let minimum = Size(width: 50, height: 14)

  /// The welcome's own sizes are in `ScreenSnapshotTests`; at the minimum the length and the
  /// way in keep their rows and the fact gives way.
  @Test func theWelcomeSaysHowLongAtTheMinimumSize() {
    let state = ShippedCourse.state()
    assertSnapshot(Render.screen(state, size: Self.minimum), named: "welcome-50x14")
  }

  @Test(arguments: [small, minimum])
  func aUnitReopensAtItsDraftWhichItsRuleNames(size: Size) {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["Robotic surgery"])],
      drafts: [
        ShippedCourse.key("know-your-value", "contributions"): .list(["Fewer readmissions"])
      ],
      place: .map)
    state.play([.unitOpened(1)])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-draft-\(size.width)x\(size.height)")
  }

  @Test func theMapCountsAPromptMovedPastAsDone() {
    var state = ShippedCourse.state(
      answers: [
        ShippedCourse.key("know-your-value", "skills"): .list(["Robotic surgery"]),
        ShippedCourse.key("know-your-value", "contributions"): .list(["A", "B"]),
      ], place: .prompt(ShippedCourse.key("know-your-value", "dollar-figure")))
    state.play([.answerSubmitted, .typed("12"), .mapRequested])
    assertSnapshot(Render.screen(state, size: Self.small), named: "map-moved-past-80x24")
  }

  @Test func theProfilesQuestionsShowTheProfilesCount() {
    let state = ShippedCourse.state(
      answers: [
        ShippedCourse.key("profile", "name"): .text("Dr. Rivera"),
        ShippedCourse.key("know-your-value", "skills"): .list(["Robotic surgery"]),
      ], place: .prompt(ShippedCourse.key("profile", "specialty")))
    assertSnapshot(Render.screen(state, size: Self.small), named: "prompt-profile-80x24")
  }
}
