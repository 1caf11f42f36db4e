import CoachTestKit
import Testing

@testable import LeverageCore

/// One editing model: the cursor goes where the message points, and a key that does nothing
/// says so.
@Suite struct CoachEditingTests {
  private static func listOfTwo() -> CoachState {
    let course = Course(
      title: "Test", welcome: Welcome(title: "Welcome", body: "Hello."),
      parts: [
        Part(
          id: "one", title: "One", summary: "", numbered: true,
          units: [
            Unit(
              id: "u", title: "U", idea: "I.",
              prompts: [
                Prompt(id: "two", question: "Two ways?", kind: .list(ListRule(exactly: 2)))
              ])
          ])
      ])
    var state = CoachState(course: course, answers: [:], drafts: [:], place: nil)
    state.play([.beginRequested])
    return state
  }

  @Test func aListTooShortPutsTheCursorOnTheItemItAsksFor() {
    var state = Self.listOfTwo()
    state.play([.typed("cut readmissions"), .answerSubmitted])
    #expect(state.notice == .error("List exactly 2 items (you have 1)."))
    #expect(state.editor?.focus == 1)
    state.play([.typed("second")])
    #expect(state.editor?.input == .list(["cut readmissions", "second"]))
  }

  @Test func tabOnAnEmptyLastItemStaysThereAndSaysWhy() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .typed("one"), .focusMoved(by: 1)])
    #expect(state.editor?.focus == 1)
    state.play([.focusMoved(by: 1), .typed("two")])
    #expect(state.editor?.input == .list(["one", "two"]))
    state.play([.focusMoved(by: 1), .focusMoved(by: 1)])
    #expect(state.editor?.focus == 2)
    #expect(
      state.notice == .info("This is the last item: type it, or press Enter to save the list."))
  }

  @Test func aDigitThatIsNoOptionSaysSo() {
    var state = TestCourse.fresh()
    state.play([.beginRequested, .mapRequested, .unitOpened(1), .nextPromptRequested])
    #expect(state.currentKey == TestCourse.measure)
    state.play([.optionPicked(2)])
    #expect(state.notice == .error("3 is not an option: pick 1 or 2."))
    #expect(state.editor?.selected == [])
  }
}
