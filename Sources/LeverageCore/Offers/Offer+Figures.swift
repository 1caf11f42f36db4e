extension Offer {
  /// The amount on a money line, nil when the line is empty.
  func cents(_ line: OfferLine) -> Int64? {
    guard case .money(let cents, _) = entries[line] else { return nil }
    return cents
  }

  /// The figure on a number line, nil when the line is empty.
  func number(_ line: OfferLine) -> Double? {
    guard case .number(let value, _) = entries[line] else { return nil }
    return value
  }

  /// Whether any of `lines` that is filled in holds an estimate.
  func hasEstimate(in lines: [OfferLine]) -> Bool {
    lines.contains { entries[$0]?.isEstimate == true }
  }
}
