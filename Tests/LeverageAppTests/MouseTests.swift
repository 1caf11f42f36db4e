import CoachTestKit
import Foundation
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// A click acts on what the screen drew under it, and the wheel is one more key in each
/// screen's table: both are driven here through `KeyMap`, as the app loop drives them.
@Suite struct MouseTests {
  static let size = Size(width: 80, height: 24)

  /// Where `text` first shows on the screen of `state`: the cell a user would click.
  static func point(of text: String, in state: CoachState) -> Point? {
    let screen = Render.screen(state, size: size)
    for y in 0..<size.height {
      let row = Array(screen.rowText(y))
      let wanted = Array(text)
      guard row.count >= wanted.count else { continue }
      for x in 0...(row.count - wanted.count) where Array(row[x..<(x + wanted.count)]) == wanted {
        return Point(x: x, y: y)
      }
    }
    return nil
  }

  /// A journal with one answer opens at `place`; an empty one would open on the welcome.
  static func state(at place: CoursePlace) -> CoachState {
    ShippedCourse.state(
      answers: [ShippedCourse.key("economics", "salary"): .money(cents: 30_000_000)],
      place: place)
  }

  static func command(_ key: Key, _ state: CoachState) -> CoachEvent? {
    guard case .coach(let event)? = KeyMap.command(for: key, state: state, size: size) else {
      return nil
    }
    return event
  }

  /// Clicks on `text` and plays what the click sends; false when nothing took the click.
  @discardableResult
  static func click(_ text: String, on state: inout CoachState) -> Bool {
    guard let point = point(of: text, in: state), let event = command(.click(point), state)
    else { return false }
    state.play([event])
    return true
  }

  @Test func clickingAListItemFocusesItSoTypingGoesThere() {
    var state = Self.state(at: .prompt(ShippedCourse.key("know-your-value", "skills")))
    state.play([.typed("Alpha"), .focusMoved(by: 1), .typed("Beta")])
    #expect(state.editor?.focus == 1)
    #expect(Self.click("Alpha", on: &state))
    #expect(state.editor?.focus == 0)
    state.play([.typed("Z")])
    #expect(state.editor?.fields.map(\.text) == ["AlphaZ", "Beta"])
  }

  @Test func aClickFocusesAnOptionAndASecondClickPicksIt() throws {
    var state = Self.state(at: .prompt(ShippedCourse.key("early-career", "measure")))
    guard case .choice(let rule) = try #require(state.editor).kind else {
      Issue.record("the measure prompt is a choice")
      return
    }
    let third = rule.options[2]
    #expect(Self.click(third, on: &state))
    #expect(state.editor?.focus == 2)
    #expect(state.editor?.selected == [])
    #expect(Self.click(third, on: &state))
    #expect(state.editor?.selected == [2])
  }

  @Test func clickingATemplateBlankFocusesIt() {
    var state = Self.state(at: .prompt(ShippedCourse.key("framing", "proposal")))
    #expect(state.editor?.focus == 0)
    #expect(Self.click("amount", on: &state))
    #expect(state.editor?.focus == 3)
    state.play([.typed("40k")])
    #expect(state.editor?.fields.map(\.text) == ["", "", "", "40k"])
  }

  @Test func clickingANumberOfTheScaleSetsIt() {
    var state = Self.state(
      at: .prompt(ShippedCourse.key("flexibility-cues", "openness")))
    #expect(Self.click(" 4 ", on: &state))
    #expect(state.editor?.scale == 4)
  }

  @Test func aClickHighlightsAUnitOnTheMapAndASecondOneOpensIt() throws {
    var state = Self.state(at: .map)
    let index = 2
    let title = state.outline.stops[index].unit.title
    #expect(Self.click(title, on: &state))
    #expect(state.mapSelection == index)
    #expect(state.route == .map)
    #expect(Self.click(title, on: &state))
    let position = try #require(state.currentPosition)
    #expect(position.unitIndex == index)
  }

  @Test func aClickHighlightsAnAnswerInTheReviewAndASecondOneOpensIt() {
    var state = Self.state(at: .map)
    state.play([
      .review(.opened),
      .review(.pageLoaded(ReviewPage(total: 5, offset: 0, answers: ReviewSnapshotTests.answers))),
    ])
    #expect(Self.click("Robotic surgery", on: &state))
    #expect(state.review?.selection == 4)
    #expect(state.review?.mode == .list)
    #expect(Self.click("Robotic surgery", on: &state))
    #expect(state.review?.mode == .detail)
  }

  @Test func aClickHighlightsAnActionItemButNotWhileADeleteIsAsked() {
    let stamp = Date(timeIntervalSince1970: 0)
    var state = CoachState(
      course: ShippedCourse.course, answers: [:], drafts: [:], place: .map,
      actionItems: [
        ActionItem(id: 1, title: "Call Dana", createdAt: stamp, updatedAt: stamp),
        ActionItem(id: 2, title: "Ask for the wRVU report", createdAt: stamp, updatedAt: stamp),
      ],
      today: CalendarDate(year: 2026, month: 12, day: 2), offers: [])
    state.play([.actionItems(.opened)])
    #expect(Self.click("Ask for the wRVU report", on: &state))
    #expect(state.actions.selection == 1)
    state.play([.actionItems(.deleteRequested)])
    let point = Self.point(of: "Call Dana", in: state)
    #expect(point != nil)
    #expect(point.flatMap { Self.command(.click($0), state) } == nil)
  }

  @Test func clickingAnOfferCellSelectsItsLineAndOffer() {
    var state = KeyTableTests().onMap()
    state.play([.offers(.opened)])
    #expect(state.offers.line == .salary && state.offers.column == 0)
    let screen = Render.screen(state, size: Self.size)
    let bonus = Self.point(of: "Signing bonus", in: state)
    let northside = Self.point(of: "Northside", in: state)
    #expect(screen.size == Self.size)
    guard let bonus, let northside else {
      Issue.record("the offers table shows the signing bonus line and Northside")
      return
    }
    let cell = Point(x: northside.x, y: bonus.y)
    if let event = Self.command(.click(cell), state) { state.play([event]) }
    #expect(state.offers.line == .signingBonus)
    #expect(state.offers.column == 1)
  }

  @Test func aClickWhereNothingIsDrawnDoesNothingAndAClickClosesHelp() {
    var state = Self.state(at: .map)
    #expect(Self.command(.click(Point(x: 0, y: 0)), state) == nil)
    state.play([.helpToggled])
    #expect(Self.command(.click(Point(x: 40, y: 12)), state) == .helpToggled)
  }

  /// The wheel sends what the screen's scroll keys send: the teaching by the prompt moves
  /// three lines a notch within the same limit as Alt-↓; lists move their highlight.
  @Test func theWheelScrollsWhatTheScrollKeysScroll() throws {
    var prompt = Self.state(
      at: .prompt(ShippedCourse.key("know-your-value", "skills")))
    let down = try #require(Self.command(.wheelDown, prompt))
    guard case .teachingScrolled(let step, let limit) = down,
      case .teachingScrolled(_, let altLimit)? = Self.command(.altDown, prompt)
    else {
      Issue.record("the wheel scrolls the teaching")
      return
    }
    #expect(step == KeyMap.wheelLines)
    #expect(limit == altLimit)
    prompt.play([down])
    #expect(prompt.teachingScroll == KeyMap.wheelLines)
    prompt.play([try #require(Self.command(.wheelUp, prompt))])
    #expect(prompt.teachingScroll == 0)

    let map = Self.state(at: .map)
    #expect(Self.command(.wheelDown, map) == Self.command(.down, map))
    #expect(Self.command(.wheelUp, map) == Self.command(.up, map))
  }
}
