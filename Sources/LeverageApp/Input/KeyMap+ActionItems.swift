import LeverageCore
import TerminalUI

extension KeyMap {
  static func profileCard(_ key: Key) -> CoachEvent? {
    switch key {
    case .enter: .beginRequested
    case .character("e"): .profile(.editRequested)
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
    switch LineFieldKey(key) {
    case .edit(let edit)?: .edited(edit)
    case .submit?: .fieldSubmitted
    case .cancel?: .fieldCancelled
    case nil: nil
    }
  }
}
