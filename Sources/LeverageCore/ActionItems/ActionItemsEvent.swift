/// What happens on the action items screen, and what the journal reports back.
public enum ActionItemsEvent: Equatable, Sendable {
  case opened
  case selectionMoved(by: Int)
  case addRequested
  case renameRequested
  case dueDateRequested
  case doneToggled
  case deleteRequested
  /// The one-line field and the delete question, as on every table screen.
  case row(RowEvent)
  case saved(ActionItem)
  case deleted(id: Int64)
  case saveFailed(message: String)
}
