import CoachTestKit
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct ScreenSnapshotTests {
  static let small = Size(width: 80, height: 24)
  static let large = Size(width: 120, height: 40)
  /// The stated minimum, `Render.minimumSize`.
  static let minimum = Size(width: 50, height: 14)
  /// Every screen's goldens are at these three sizes.
  static let sizes = [small, minimum, large]

  @Test(arguments: sizes)
  func welcome(size: Size) {
    let state = ShippedCourse.state()
    assertSnapshot(Render.screen(state, size: size), named: "welcome-\(size.width)x\(size.height)")
  }

  /// At the minimum the welcome scrolls above "Press Enter to begin.", which stays.
  @Test func welcomeScrolledToItsEndOnAShortTerminal() {
    var state = ShippedCourse.state()
    TeachingScrollTests.press(.end, on: &state, size: Self.minimum)
    #expect(state.welcomeScroll == WelcomeScreen.scrollLimit(state, size: Self.minimum))
    #expect(WelcomeScreen.scrollLimit(state, size: Self.small) == 0)
    assertSnapshot(Render.screen(state, size: Self.minimum), named: "welcome-scrolled-50x14")
  }

  @Test(arguments: sizes)
  func courseMapWithProgress(size: Size) {
    var state = ShippedCourse.state(
      answers: [
        ShippedCourse.key("know-your-value", "skills"): .list(["Robotic surgery"]),
        ShippedCourse.key("know-your-value", "contributions"): .list(["A", "B"]),
        ShippedCourse.key("economics", "salary"): .money(cents: 30_000_000),
      ],
      drafts: [ShippedCourse.key("clarity", "walk-away"): .text("not below")], place: .map)
    state.play([.mapSelectionMoved(by: 2)])
    assertSnapshot(Render.screen(state, size: size), named: "map-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func firstPromptWithTypedItems(size: Size) {
    var state = ShippedCourse.state()
    state.play([
      .beginRequested, .typed("Robotic surgery"), .focusMoved(by: 1), .typed("Spanish, fluent"),
    ])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-list-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func economicsWorkedOut(size: Size) {
    var state = ShippedCourse.state(
      answers: [
        ShippedCourse.key("economics", "salary"): .money(cents: 30_000_000),
        ShippedCourse.key("economics", "revenue"): .money(cents: 62_000_000),
      ], place: .prompt(ShippedCourse.key("economics", "overhead")))
    state.play([.typed("50")])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-economics-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func invalidMoneyShowsAMessage(size: Size) {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      place: .prompt(ShippedCourse.key("economics", "salary")))
    state.play([.typed("lots"), .answerSubmitted])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-money-invalid-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func multiLineTextWithWideCharacters(size: Size) {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      place: .prompt(ShippedCourse.key("clarity", "value-story")))
    state.play([
      .typed("Café rounds with 日本 colleagues 👩‍⚕️ cut readmissions by a third."),
      .newLineRequested, .typed("Second line."),
    ])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-text-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func choiceWithOther(size: Size) {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      place: .prompt(ShippedCourse.key("early-career", "measure")))
    state.play([.optionPicked(1)])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-choice-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func scale(size: Size) {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      place: .prompt(ShippedCourse.key("flexibility-cues", "openness")))
    state.play([.scaleSet(4)])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-scale-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func template(size: Size) {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      place: .prompt(ShippedCourse.key("framing", "proposal")))
    state.play([.typed("a scribe"), .focusMoved(by: 1), .typed("charting time")])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-template-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func date(size: Size) {
    var state = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      place: .prompt(ShippedCourse.key("beyond-salary", "raise-date")))
    state.play([.typed("2026-02-30"), .answerSubmitted])
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-date-invalid-\(size.width)x\(size.height)")
  }

  @Test(arguments: [Size(width: 40, height: 10), Size(width: 20, height: 5)])
  func tooSmall(size: Size) {
    let state = ShippedCourse.state()
    assertSnapshot(
      Render.screen(state, size: size), named: "too-small-\(size.width)x\(size.height)")
  }
}
