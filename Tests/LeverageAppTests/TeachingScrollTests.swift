import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// The teaching by the prompt scrolls with Alt-↑↓ so nothing in it is cut, while the prompt
/// and its answer stay in view; list items the user is not editing wrap.
@Suite struct TeachingScrollTests {
  static let sizes = [
    ScreenSnapshotTests.small, ScreenSnapshotTests.large, ScreenSnapshotTests.minimum,
  ]

  /// Step 3's overhead prompt, with pay and revenue given and 50 typed: the worked sum has
  /// every line it can have.
  static func economics() -> CoachState {
    var state = ShippedCourse.state(
      answers: [
        ShippedCourse.key("economics", "salary"): .money(cents: 30_000_000),
        ShippedCourse.key("economics", "revenue"): .money(cents: 62_000_000),
      ], place: .prompt(ShippedCourse.key("economics", "overhead")))
    state.play([.typed("50")])
    return state
  }

  static func ladder() -> CoachState {
    var state = ShippedCourse.state(
      answers: [
        LadderSnapshotTests.key("alternative-worth"): .money(cents: 28_000_000),
        LadderSnapshotTests.key("walk-away-figure"): .money(cents: 29_000_000),
        LadderSnapshotTests.key("target"): .money(cents: 32_000_000),
      ], place: .prompt(LadderSnapshotTests.key("anchor")))
    state.play([.typed("310k")])
    return state
  }

  /// Presses `key` through the real key table until it stops changing anything.
  static func press(_ key: Key, on state: inout CoachState, size: Size) {
    for _ in 0..<50 {
      guard case .coach(let event)? = KeyMap.command(for: key, state: state, size: size) else {
        return
      }
      let before = state
      state.play([event])
      if state == before { return }
    }
  }

  @Test(arguments: sizes)
  func stepThreeScrolledToItsEnd(size: Size) {
    var state = Self.economics()
    Self.press(.altDown, on: &state, size: size)
    assertSnapshot(
      Render.screen(state, size: size),
      named: "prompt-economics-scrolled-\(size.width)x\(size.height)")
  }

  @Test(arguments: sizes)
  func ladderScrolledToItsEnd(size: Size) {
    var state = Self.ladder()
    Self.press(.altDown, on: &state, size: size)
    assertSnapshot(
      Render.screen(state, size: size), named: "prompt-ladder-scrolled-\(size.width)x\(size.height)"
    )
  }

  @Test func theWholeWorkedSumAndTheSourcesCanBeReadAt80x24() {
    var state = Self.economics()
    let size = ScreenSnapshotTests.small
    var seen = Set<String>()
    for _ in 0..<10 {
      let screen = Render.screen(state, size: size)
      for row in 0..<size.height {
        seen.insert(screen.rowText(row).trimmingCharacters(in: .whitespaces))
      }
      if case .coach(let event)? = KeyMap.command(for: .altDown, state: state, size: size) {
        state.play([event])
      }
    }
    let text = seen.joined(separator: "\n")
    #expect(text.contains("Your numbers, worked out:"))
    #expect(text.contains("Margin left $10,000"))
    #expect(text.contains("rests on the collections you gave."))
  }

  @Test func theMarkerNamesTheKeyAndTheFooterShowsIt() {
    let state = Self.economics()
    let screen = Render.screen(state, size: ScreenSnapshotTests.small)
    let rows = (0..<24).map(screen.rowText)
    #expect(rows.contains { $0.contains("more lines: Alt-↓") })
    #expect(rows[23].contains("Alt-↑↓ teaching"))
  }

  @Test func whenTheTeachingFitsThereIsNoMarkerAndNoScrolling() {
    var state = Self.economics()
    let size = Size(width: 120, height: 60)
    let footer = Render.screen(state, size: size).rowText(size.height - 1)
    #expect(!footer.contains("teaching"))
    Self.press(.altDown, on: &state, size: size)
    #expect(state.teachingScroll == 0)
  }

  @Test func scrollStaysWithinTheLimitAndResetsOnTheNextPrompt() {
    var state = Self.economics()
    state.play([.teachingScrolled(by: 100, limit: 7)])
    #expect(state.teachingScroll == 7)
    state.play([.teachingScrolled(by: -3, limit: 7)])
    #expect(state.teachingScroll == 4)
    state.play([.teachingScrolled(by: -100, limit: 7)])
    #expect(state.teachingScroll == 0)
    state.play([.teachingScrolled(by: 5, limit: 7), .nextPromptRequested])
    #expect(state.teachingScroll == 0)
  }

  @Test(arguments: sizes)
  func aLongListItemWrapsWhenNotBeingEdited(size: Size) {
    var state = ShippedCourse.state()
    let item =
      "Interventional cardiology with structural heart work: TAVR, MitraClip and complex PCI,"
      + " including chronic total occlusions, plus seven years running the cath lab's quality"
      + " program and teaching fellows."
    #expect(item.count >= 200)
    state.play([.beginRequested, .typed(item), .focusMoved(by: 1), .typed("Spanish, fluent")])
    let screen = Render.screen(state, size: size)
    let text = (0..<size.height).map(screen.rowText).joined(separator: " ")
      .split(separator: " ").joined(separator: " ")
    // At 50x14 the item being edited comes first and the long one is a Shift-Tab away.
    if size.height >= 24 {
      #expect(text.contains("Interventional cardiology"))
      #expect(text.contains("teaching fellows."))
    }
    assertSnapshot(screen, named: "prompt-list-wrapped-\(size.width)x\(size.height)")
  }
}
