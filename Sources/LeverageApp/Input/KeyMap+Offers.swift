import LeverageCore
import TerminalUI

extension KeyMap {
  /// On the table, typing a figure (a digit, `~` or `$`) starts editing the cell, so a column
  /// fills in as fast as a spreadsheet's; letters are commands, so Enter opens a text line.
  static func offers(_ key: Key, _ offers: OffersState) -> CoachEvent? {
    if offers.pendingDelete != nil {
      return .offers(key == .character("y") ? .deleteConfirmed : .deleteCancelled)
    }
    if offers.field != nil { return offerField(key).map(CoachEvent.offers) }
    if key == .escape { return .mapRequested }
    let event: OffersEvent? =
      switch key {
      case .up, .backTab: .lineMoved(by: -1)
      case .down, .tab: .lineMoved(by: 1)
      case .pageUp, .home: .lineMoved(by: -OfferLine.allCases.count)
      case .pageDown, .end: .lineMoved(by: OfferLine.allCases.count)
      case .left: .columnMoved(by: -1)
      case .right: .columnMoved(by: 1)
      case .character("+"), .character("="): .horizonChanged(by: 1)
      case .character("-"): .horizonChanged(by: -1)
      case .character("a"): .addRequested
      case .character("n"): .renameRequested
      case .character("d"): .deleteRequested
      case .backspace, .delete: .clearRequested
      case .enter: .editRequested(startingWith: "")
      case .character(let character)
      where character.isNumber || character == "~"
        || character == "$":
        .editRequested(startingWith: String(character))
      case .paste(let text): .editRequested(startingWith: text)
      default: nil
      }
    return event.map(CoachEvent.offers)
  }

  private static func offerField(_ key: Key) -> OffersEvent? {
    switch LineFieldKey(key) {
    case .edit(let edit)?: .edited(edit)
    case .submit?: .fieldSubmitted
    case .cancel?: .fieldCancelled
    case nil: nil
    }
  }
}
