import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// Above a list prompt at 50x14 the teaching had two rows, so Alt-↓ read it a line at a
/// time; scrolled, it now takes the body but a line each of the prompt's rule, question and
/// answer, and a press moves a screen.
@Suite struct TeachingReadingTests {
  static let size = ScreenSnapshotTests.minimum

  static func listPrompt() -> CoachState {
    ShippedCourse.state(
      answers: [ShippedCourse.key("profile", "name"): .text("Dana")],
      place: .prompt(ShippedCourse.key("know-your-value", "contributions")))
  }

  @Test func oneAltDownMovesAScreenAndTypingBringsTheAnswerBack() throws {
    var state = Self.listPrompt()
    let position = try #require(state.currentPosition)
    let answering = PromptContent(state, position: position, size: Self.size)
    #expect(answering.teachingArea.height <= 2)
    guard case .coach(let event)? = KeyMap.command(for: .altDown, state: state, size: Self.size)
    else {
      Issue.record("Alt-↓ scrolls the teaching")
      return
    }
    state.play([event])
    #expect(state.teachingScroll >= 3)
    let reading = PromptContent(state, position: position, size: Self.size)
    #expect(reading.teachingArea.height >= 5)
    assertSnapshot(Render.screen(state, size: Self.size), named: "prompt-list-reading-50x14")
    state.play([.typed("x")])
    #expect(state.teachingScroll == 0)
  }
}
