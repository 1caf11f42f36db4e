import LeverageCore
import TerminalUI

extension KeyMap {
  static func profileCard(_ key: Key) -> CoachEvent? {
    switch key {
    case .enter: .beginRequested
    case .character("e"): .profileEditRequested
    case .escape: .mapRequested
    default: nil
    }
  }

  static func actionItems(_ key: Key, _ actions: ActionItemsState) -> CoachEvent? {
    if actions.pendingDelete != nil {
      return .actionItems(key == .character("y") ? .deleteConfirmed : .deleteCancelled)
    }
    if actions.field != nil { return actionField(key).map(CoachEvent.actionItems) }
    let event: ActionItemsEvent? =
      switch key {
      case .up, .backTab: .selectionMoved(by: -1)
      case .down, .tab: .selectionMoved(by: 1)
      case .character("a"): .addRequested
      case .enter: .renameRequested
      case .character("d"): .dueDateRequested
      case .character(" "): .doneToggled
      case .backspace, .delete: .deleteRequested
      default: nil
      }
    if key == .escape { return .mapRequested }
    return event.map(CoachEvent.actionItems)
  }

  private static func actionField(_ key: Key) -> ActionItemsEvent? {
    switch key {
    case .character(let character): .typed(String(character))
    case .paste(let text): .typed(text)
    case .backspace: .deletedBackward
    case .delete, .control("d"): .deletedForward
    case .left, .control("b"): .cursorMoved(.left)
    case .right, .control("f"): .cursorMoved(.right)
    case .home, .control("a"): .cursorMoved(.lineStart)
    case .end, .control("e"): .cursorMoved(.lineEnd)
    case .enter: .fieldSubmitted
    case .escape: .fieldCancelled
    default: nil
    }
  }
}
