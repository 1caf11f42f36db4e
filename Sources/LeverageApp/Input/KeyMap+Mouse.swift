import LeverageCore
import TerminalUI

extension Screen {
  /// Makes a click inside `rect` send `event`. Drawing code calls it for what it just drew,
  /// so what a click hits is what the user sees.
  mutating func onClick(_ rect: Rect, _ event: CoachEvent) {
    addTarget(rect, action: event)
  }

  /// What a click at `point` sends, if anything was drawn there to take it.
  func clickEvent(at point: Point) -> CoachEvent? {
    target(at: point) as? CoachEvent
  }
}

/// What a click needs to find its target: the screen drawn for this state at this size,
/// by the same `Render.screen` the terminal shows.
struct Clicks: Sendable {
  let state: CoachState
  let size: Size

  /// The line of a key table that takes clicks. A table includes it only where a click may
  /// act: a question waiting for y or n, or a field being typed in, leaves it out, so a click
  /// cannot change what the question is about.
  func binding(help: String) -> KeyBinding {
    KeyBinding("click", "select", help: help, footer: false) { [state, size] key in
      guard case .click(let point) = key else { return nil }
      return Render.screen(state, size: size).clickEvent(at: point).map(AppCommand.coach)
    }
  }
}

extension KeyMap {
  /// Lines per notch of the wheel where it scrolls text, as most programs scroll.
  static let wheelLines = 3
}
