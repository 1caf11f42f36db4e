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
  case edited(FieldEdit)
  case fieldSubmitted
  case fieldCancelled
  case saved(ActionItem)
  case deleted(id: Int64)
  case saveFailed(message: String)
}
