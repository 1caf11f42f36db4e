import LeverageCore
import TerminalUI

extension KeyMap {
  /// Typing goes to the search only after `/`, so single letters can act on the highlighted
  /// answer.
  static func review(_ review: ReviewState, state: CoachState, size: Size, clicks: Clicks)
    -> [KeyBinding]
  {
    if review.isSearching {
      return [
        KeyBinding("Enter", "to the list", keys: [.enter, .down, .tab], .review(.searchEnded)),
        KeyBinding("Esc", "clear search", keys: [.escape], .review(.searchCleared)),
        SharedKeys.quit,
      ] + SharedKeys.lineEditing { .review(.searchEdited($0)) }
    }
    switch review.mode {
    case .confirmDelete:
      return SharedKeys.confirmation(
        yes: "delete", .review(.deleteConfirmed), no: "keep", .review(.deleteCancelled))
    case .list:
      return [
        KeyBinding("/", "search", keys: [.character("/")], .review(.searchStarted)),
        KeyBinding(
          "Enter", "open", help: "open the answer and its revisions", keys: [.enter],
          .review(.detailOpened)),
        KeyBinding("Esc", "map", keys: [.escape], .review(.closed)),
      ] + answerActions + [
        SharedKeys.quit,
        KeyBinding(
          "Tab", "unit", help: "show one unit, then the next", keys: [.tab],
          .review(.unitFilterCycled)),
        KeyBinding(
          "t", "period", help: "show a period: week, month, year, all", keys: [.character("t")],
          .review(.periodCycled)),
        KeyBinding(
          "l", "latest", help: "latest revisions only, or all", keys: [.character("l")],
          .review(.latestOnlyToggled)),
        jump,
        KeyBinding(
          "↑↓ PgUp PgDn", "move", help: "move in the list (Home, End, the wheel too)",
          footer: false,
          events: [
            .wheelUp: .review(.selectionMoved(by: -1)), .wheelDown: .review(.selectionMoved(by: 1)),
            .up: .review(.selectionMoved(by: -1)), .down: .review(.selectionMoved(by: 1)),
            .pageUp: .review(.selectionMoved(by: -10)), .pageDown: .review(.selectionMoved(by: 10)),
            .home: .review(.selectionMoved(by: Int.min / 2)),
            .end: .review(.selectionMoved(by: Int.max / 2)),
          ]),
        clicks.binding(help: "click an answer to highlight it, and again to open it"),
      ]
    case .detail:
      return [
        KeyBinding(
          "↑↓", "revisions", help: "older / newer revision (the wheel too)",
          events: [
            .up: .review(.historyMoved(by: -1)), .down: .review(.historyMoved(by: 1)),
            .wheelUp: .review(.historyMoved(by: -1)), .wheelDown: .review(.historyMoved(by: 1)),
          ]),
        KeyBinding(
          "←→", "answers", help: "previous / next answer",
          events: [
            .left: .review(.selectionMoved(by: -1)), .right: .review(.selectionMoved(by: 1)),
          ]),
        KeyBinding("Esc", "list", keys: [.escape], .review(.closed)),
        SharedKeys.scrolling(
          "the answer", page: ReviewDetail.page(size), byLines: false,
          limit: { ReviewDetail.scrollLimit(state, review: review, size: size) }
        ) { .review(.detailScrolled(by: $0, limit: $1)) },
      ] + answerActions + [
        SharedKeys.quit,
        jump,
        KeyBinding("/", "search", keys: [.character("/")], .review(.searchStarted)),
      ]
    }
  }

  /// Keys that act on the highlighted answer, in the list and in the detail view alike.
  private static let answerActions: [KeyBinding] = [
    KeyBinding(
      "e", "edit", help: "edit the answer (saved as a new revision)", keys: [.character("e")],
      .review(.editRequested)),
    KeyBinding(
      "d", "delete", help: "delete the answer (Delete too)", keys: [.character("d"), .delete],
      .review(.deleteRequested)),
    KeyBinding(
      "u", "undo", help: "undo the last delete", keys: [.character("u")], .review(.undoRequested)),
  ]
  private static let jump = KeyBinding(
    "g", "go to prompt", help: "go to the answer's prompt", keys: [.character("g")],
    .review(.jumpRequested))
}
