import LeverageCore
import TerminalUI

extension KeyMap {
  /// The scroll limit depends on the brief's lines at this size, so it is worked out here,
  /// where the size is known, and carried by the event.
  static func brief(_ key: Key, state: CoachState, size: Size) -> CoachEvent? {
    let limit = BriefScreen.scrollLimit(state, size: size)
    let page = max(1, size.height - 6)
    switch key {
    case .up: return .brief(.scrolled(by: -1, limit: limit))
    case .down: return .brief(.scrolled(by: 1, limit: limit))
    case .pageUp: return .brief(.scrolled(by: -page, limit: limit))
    case .pageDown, .character(" "): return .brief(.scrolled(by: page, limit: limit))
    case .home: return .brief(.scrolled(by: -limit, limit: limit))
    case .end: return .brief(.scrolled(by: limit, limit: limit))
    case .character("x"): return .export(.opened)
    case .escape: return .mapRequested
    default: return nil
    }
  }
}
