import CoachTestKit
import LeverageApp
import LeverageCore
import TerminalUI
import Testing

/// A pushback in the coach: their line as the question, the principle and its cue under it,
/// and her best alternative carried over as the start of her reply.
@Suite struct RehearsalSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 50, height: 14)]

  @Test(arguments: sizes)
  func aPushbackShowsItsPrinciple(size: Size) {
    let state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["Echo"])],
      place: .prompt(ShippedCourse.key("rehearsal", "percentile")))
    let screen = Render.screen(state, size: size)
    #expect(screen.snapshot.contains("Prompt 4 of 14 · Clarity"))
    assertSnapshot(screen, named: "prompt-pushback-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func herBestAlternativeIsCarriedIntoTakeItOrLeaveIt(size: Size) {
    let state = ShippedCourse.state(
      answers: [ShippedCourse.key("options", "alternative"): .text("Lakeside's signed offer.")],
      place: .prompt(ShippedCourse.key("rehearsal", "take-it-or-leave-it")))
    assertSnapshot(
      Render.screen(state, size: size),
      named: "prompt-pushback-carried-\(size.width)x\(size.height)")
  }
}
