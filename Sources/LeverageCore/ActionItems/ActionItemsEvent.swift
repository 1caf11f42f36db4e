/// What happens on the action items screen, and what the journal reports back.
public enum ActionItemsEvent: Equatable, Sendable {
  case opened
  case selectionMoved(by: Int)
  case addRequested
  case renameRequested
  case dueDateRequested
  case doneToggled
  case deleteRequested
  case deleteConfirmed
  case deleteCancelled
  case typed(String)
  case deletedBackward
  case deletedForward
  case cursorMoved(CursorMovement)
  case fieldSubmitted
  case fieldCancelled
  case saved(ActionItem)
  case deleted(id: Int64)
  case saveFailed(message: String)
}
