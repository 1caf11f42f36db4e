import CoachTestKit
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// Step 3 for the interventional cardiologist, collections skipped: the panel shows
/// the range for hospital-based practice, the verdict the whole range supports with what
/// would settle it, the subsidy beside it and her specialty's published figures.
@Suite struct EconomicsSnapshotTests {
  @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func aCardiologistsEstimateIsARange(size: Size) {
    var state = ShippedCourse.state(
      answers: [
        ShippedCourse.key("profile", "specialty"): .text("Interventional cardiology"),
        ShippedCourse.key("economics", "salary"): .money(cents: 64_000_000),
        ShippedCourse.key("economics", "wrvus"): .number(12_400),
        ShippedCourse.key("economics", "wrvu-rate"): .money(cents: 5_250),
        ShippedCourse.key("economics", "overhead"): .percent(45),
      ], place: .prompt(ShippedCourse.key("economics", "downstream")))
    state.play([.typed("3.48m")])
    assertSnapshot(
      Render.screen(state, size: size),
      named: "prompt-economics-cardiologist-\(size.width)x\(size.height)")
  }
}
