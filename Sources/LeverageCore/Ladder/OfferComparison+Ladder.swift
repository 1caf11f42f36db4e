extension OfferComparison {
  /// Where each offer's yearly total falls on the user's ladder, as a row of the table; a
  /// cell is nil until the ladder has a walk-away point and a target.
  public func ladderRow(_ ladder: OfferLadder) -> Row {
    Row(
      kind: .ladder, label: "On your ladder",
      cells: annualised.map { ladder.placement(ofCents: $0.annualisedTotalCents)?.shortLabel },
      leader: nil)
  }

  /// The table's rows, then the ladder's once it has a walk-away point and a target: what
  /// the printed table and the summary show, where an empty row would say nothing.
  public func rows(placedOn ladder: OfferLadder?) -> [Row] {
    guard let ladder, ladder.canPlaceOffers else { return rows }
    return rows + [ladderRow(ladder)]
  }
}
