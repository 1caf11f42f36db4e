extension OfferComparison {
  /// Where each offer's yearly total falls on the user's ladder, as a row of the table; a
  /// cell is nil until the ladder has a walk-away point and a target.
  public func ladderRow(_ ladder: OfferLadder) -> Row {
    Row(
      kind: .ladder, label: "On your ladder",
      cells: annualised.map { ladder.placement(ofCents: $0.annualisedTotalCents)?.shortLabel },
      leader: nil)
  }
}
