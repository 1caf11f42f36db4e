import LeverageCore
import TerminalUI

/// The review screen's keys: typing goes to the search only after `/`, so single letters
/// can act on the highlighted answer.
enum ReviewKeyMap {
  static func event(for key: Key, review: ReviewState) -> CoachEvent? {
    if review.isSearching { return search(key) }
    switch review.mode {
    case .confirmDelete:
      switch key {
      case .character("y"), .character("Y"): return .review(.deleteConfirmed)
      case .character("n"), .character("N"), .escape: return .review(.deleteCancelled)
      default: return nil
      }
    case .list:
      return actions(key) ?? list(key)
    case .detail:
      return actions(key) ?? detail(key)
    }
  }

  private static func search(_ key: Key) -> CoachEvent? {
    switch key {
    case .enter, .down, .tab: .review(.searchEnded)
    case .escape: .review(.searchCleared)
    case .character(let character): .typed(String(character))
    case .paste(let text): .typed(text)
    case .backspace: .deletedBackward
    case .delete: .deletedForward
    case .control("w"): .deletedWordBackward
    case .control("u"): .deletedToLineStart
    case .left: .cursorMoved(.left)
    case .right: .cursorMoved(.right)
    case .home, .control("a"): .cursorMoved(.lineStart)
    case .end, .control("e"): .cursorMoved(.lineEnd)
    default: nil
    }
  }

  /// Keys that act on the highlighted answer, in the list and in the detail view alike.
  private static func actions(_ key: Key) -> CoachEvent? {
    switch key {
    case .character("/"): .review(.searchStarted)
    case .character("e"): .review(.editRequested)
    case .character("g"): .review(.jumpRequested)
    case .character("d"), .delete: .review(.deleteRequested)
    case .character("u"): .review(.undoRequested)
    case .escape: .review(.closed)
    default: nil
    }
  }

  private static func list(_ key: Key) -> CoachEvent? {
    switch key {
    case .up: .review(.selectionMoved(by: -1))
    case .down: .review(.selectionMoved(by: 1))
    case .pageUp: .review(.selectionMoved(by: -10))
    case .pageDown: .review(.selectionMoved(by: 10))
    case .home: .review(.selectionMoved(by: Int.min / 2))
    case .end: .review(.selectionMoved(by: Int.max / 2))
    case .enter: .review(.detailOpened)
    case .tab: .review(.unitFilterCycled)
    case .character("t"): .review(.periodCycled)
    case .character("l"): .review(.latestOnlyToggled)
    default: nil
    }
  }

  private static func detail(_ key: Key) -> CoachEvent? {
    switch key {
    case .up: .review(.historyMoved(by: -1))
    case .down: .review(.historyMoved(by: 1))
    case .left, .pageUp: .review(.selectionMoved(by: -1))
    case .right, .pageDown: .review(.selectionMoved(by: 1))
    default: nil
    }
  }
}
