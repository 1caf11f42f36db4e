/// What happens on the offers screen, and what the journal reports back.
public enum OffersEvent: Equatable, Sendable {
  case opened
  case lineMoved(by: Int)
  case columnMoved(by: Int)
  /// The cell of `line` in offer `column`, as a click there asks.
  case cellSelected(OfferLine, column: Int)
  case horizonChanged(by: Int)
  case addRequested
  case renameRequested
  /// Opens the selected cell's field, starting it with `text` when the user began typing.
  case editRequested(startingWith: String)
  case clearRequested
  case deleteRequested
  /// The one-line field and the delete question, as on every table screen.
  case row(RowEvent)
  case saved(Offer)
  case deleted(id: Int64)
  case saveFailed(message: String)
}
