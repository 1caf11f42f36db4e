import CoachTestKit
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct OffersKeyMapTests {
  func event(_ key: Key, _ state: CoachState) -> CoachEvent? {
    guard
      case .coach(let event)? = KeyMap.command(
        for: key, state: state, size: Size(width: 80, height: 24))
    else { return nil }
    return event
  }

  @Test func aFigureStartsEditingTheCellAndLettersAreCommands() {
    var state = CoachState(
      course: ShippedCourse.course, answers: [:], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 12, day: 2))
    state.play([.offers(.opened)])
    #expect(event(.character("2"), state) == .offers(.editRequested(startingWith: "2")))
    #expect(event(.character("~"), state) == .offers(.editRequested(startingWith: "~")))
    #expect(event(.enter, state) == .offers(.editRequested(startingWith: "")))
    #expect(event(.character("a"), state) == .offers(.addRequested))
    #expect(event(.character("+"), state) == .offers(.horizonChanged(by: 1)))
    #expect(event(.escape, state) == .mapRequested)
    state.play([.offers(.addRequested)])
    #expect(event(.character("a"), state) == .offers(.row(.edited(.typed("a")))))
    #expect(event(.enter, state) == .offers(.row(.fieldSubmitted)))
    #expect(event(.escape, state) == .offers(.row(.fieldCancelled)))
  }

  @Test func everyOneLineFieldClearsAWordAndTheLineAsAnAnswerDoes() {
    var state = CoachState(
      course: ShippedCourse.course, answers: [:], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 12, day: 2))
    state.play([
      .offers(.opened), .offers(.addRequested), .offers(.row(.edited(.typed("Nort hside")))),
    ])
    #expect(event(.control("w"), state) == .offers(.row(.edited(.deletedWordBackward))))
    state.play([.offers(.row(.edited(.deletedWordBackward)))])
    #expect(state.offers.editing.buffer.text == "Nort ")
    state.play([.offers(.row(.edited(.deletedToLineStart)))])
    #expect(state.offers.editing.buffer.text.isEmpty)
    #expect(event(.control("u"), state) == .offers(.row(.edited(.deletedToLineStart))))
  }
}
