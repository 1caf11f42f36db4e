import CoachTestKit
import Foundation
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// One table of keys per screen drives its keys, its footer and F1; these hold it to that.
@Suite struct KeyTableTests {
  static let small = Size(width: 80, height: 24)
  static let wide = Size(width: 120, height: 40)

  func event(_ key: Key, _ state: CoachState) -> CoachEvent? {
    guard case .coach(let event)? = KeyMap.command(for: key, state: state, size: Self.small)
    else { return nil }
    return event
  }

  func onMap() -> CoachState {
    let stamp = Date(timeIntervalSince1970: 0)
    return CoachState(
      course: ShippedCourse.course,
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      drafts: [:], place: .map,
      actionItems: [ActionItem(id: 1, title: "Call Dana", createdAt: stamp, updatedAt: stamp)],
      today: CalendarDate(year: 2026, month: 12, day: 2), offers: OffersSnapshotTests.offers)
  }

  /// The action items', the offers' and the export's questions take the same keys: y says
  /// yes, n or Esc says no, and any other key waits for an answer instead of deciding.
  @Test func everyConfirmationTakesTheSameKeys() {
    var items = onMap()
    items.play([.actionItems(.opened), .actionItems(.deleteRequested)])
    var offers = onMap()
    offers.play([.offers(.opened), .offers(.deleteRequested)])
    var export = onMap()
    export.play([
      .export(.opened), .export(.targetFound(.markdown, path: "/tmp/s.md", exists: true)),
      .export(.confirmed), .export(.targetChecked(path: "/tmp/s.md", exists: true)),
    ])
    var figure = ShippedCourse.state(
      answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])],
      place: .prompt(ShippedCourse.key("economics", "salary")))
    figure.play([.typed("720"), .answerSubmitted])
    let questions: [(CoachState, yes: CoachEvent, no: CoachEvent)] = [
      (figure, .figureAnswered(meantThousands: true), .figureAnswered(meantThousands: false)),
      (items, .actionItems(.row(.deleteConfirmed)), .actionItems(.row(.deleteCancelled))),
      (offers, .offers(.row(.deleteConfirmed)), .offers(.row(.deleteCancelled))),
      (export, .export(.replaceAnswered(true)), .export(.replaceAnswered(false))),
    ]
    for (state, yes, no) in questions {
      #expect(event(.character("y"), state) == yes)
      #expect(event(.character("Y"), state) == yes)
      #expect(event(.character("n"), state) == no)
      #expect(event(.escape, state) == no)
      #expect(event(.character("x"), state) == nil)
      #expect(event(.enter, state) == nil)
    }
  }

  /// Esc on the map goes back to the prompt, but not as the second of Esc Esc ("get out").
  @Test func escEscKeepsTheMap() {
    var state = onMap()
    state.play([.unitOpened(1), .mapRequested])
    #expect(KeyMap.command(for: .escape, state: state, size: Self.small) == .coach(.mapRequested))
    #expect(KeyMap.command(for: .escape, after: .escape, state: state, size: Self.small) == nil)
  }

  /// Whole hints only, and F1 last: "more" when some hints are left out, "help" when not.
  @Test func theFooterEndsWithF1AndSaysWhenItLeftKeysOut() {
    let state = onMap()
    let cramped = Render.screen(state, size: Self.small)
    #expect(cramped.rowText(23).trimmingCharacters(in: .whitespaces).hasSuffix("F1 more"))
    let roomy = Render.screen(state, size: Self.wide)
    let footer = roomy.rowText(39).trimmingCharacters(in: .whitespaces)
    #expect(footer.hasSuffix("F1 help"))
    #expect(footer.contains("Enter open") && footer.contains("p profile"))
  }

  /// F1 on the offers lists the offers' keys, not the prompt's editing keys.
  @Test func helpShowsTheKeysOfTheScreenOnShow() {
    var state = onMap()
    state.play([.offers(.opened), .helpToggled])
    let text = (0..<24).map { Render.screen(state, size: Self.small).rowText($0) }
      .joined(separator: "\n")
    #expect(text.contains("spread the totals over more / fewer years"))
    #expect(text.contains("rename the offer"))
    #expect(!text.contains("Ctrl-J"))
    #expect(!text.contains("save the answer"))
  }

  /// Every hint the footer shows is a key the screen takes.
  @Test func everyKeyInTheFooterDoesSomething() {
    let state = onMap()
    for binding in KeyMap.bindings(state, size: Self.small) where binding.label.count == 1 {
      let key = Key.character(Character(binding.label))
      #expect(event(key, state) != nil, "\(binding.label) on the map does nothing")
    }
  }
}
