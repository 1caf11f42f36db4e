/// One offer's money for a year, over a horizon of years in the job. All in cents: a one-off
/// sum is divided by the horizon and rounded half up to the cent, production pay rounded to
/// the cent once.
///
/// An empty line counts as follows. Salary, and the tail cost (where 0 means covered), are
/// in every offer, so an empty one is missing. So is the clawback period beside a bonus,
/// and wRVUs or the pay per wRVU when only the other is filled in. A missing line adds
/// nothing to the total, which is then incomplete. Any other empty money line is $0: many
/// offers have no bonus, loan repayment or relocation. An empty wRVU threshold is 0; with
/// neither wRVUs nor a rate the offer simply has no production pay.
public struct AnnualisedOffer: Equatable, Sendable {
  /// max(0, wRVUs - threshold) x pay per wRVU; nil without both wRVUs and the rate.
  public var productionPayCents: Int64?
  /// The bonus over the horizon; 0 when the clawback runs past the horizon.
  public var bonusPerYearCents: Int64
  public var relocationPerYearCents: Int64
  /// What the tail cover costs a year over the horizon; subtracted from the total.
  public var tailPerYearCents: Int64
  /// Salary + production + bonus and relocation shares + loan repayment + CME money - tail
  /// share, stopping at the largest amount rather than overflowing (`SaturatingCents`).
  public var annualisedTotalCents: Int64
  /// Lines feeding the total that are empty but should not be, in table order.
  public var missingLines: [OfferLine]
  /// The clawback period runs past the horizon, so the bonus would be repaid.
  public var bonusIsRepaid: Bool
  public var productionIsEstimate: Bool
  public var bonusIsEstimate: Bool
  /// Some figure the total is built from is the user's estimate.
  public var isEstimate: Bool

  public init(_ offer: Offer, horizonYears: Int) {
    let horizon = Int64(horizonYears)
    let production = Self.production(of: offer)
    productionPayCents = production
    productionIsEstimate =
      production != nil && offer.hasEstimate(in: [.wrvus, .ratePerWRVU, .wrvuThreshold])
    let bonus = offer.cents(.signingBonus) ?? 0
    let clawback = offer.number(.clawbackYears) ?? 0
    bonusIsRepaid = bonus > 0 && clawback > Double(horizonYears)
    bonusPerYearCents = bonusIsRepaid ? 0 : Self.share(bonus, over: horizon)
    bonusIsEstimate = bonus > 0 && offer.hasEstimate(in: [.signingBonus, .clawbackYears])
    relocationPerYearCents = Self.share(offer.cents(.relocation) ?? 0, over: horizon)
    tailPerYearCents = Self.share(offer.cents(.tailCost) ?? 0, over: horizon)
    let yearly = [OfferLine.salary, .loanRepayment, .cmeMoney].compactMap(offer.cents)
    annualisedTotalCents = (yearly + [production ?? 0, bonusPerYearCents, relocationPerYearCents])
      .reduce(Int64(0)) { $0.saturatingAdding($1) }.saturatingSubtracting(tailPerYearCents)
    missingLines = Self.missingLines(of: offer)
    isEstimate =
      productionIsEstimate || bonusIsEstimate
      || offer.hasEstimate(in: [.salary, .loanRepayment, .cmeMoney, .relocation, .tailCost])
  }

  private static func production(of offer: Offer) -> Int64? {
    guard let wrvus = offer.number(.wrvus), let rate = offer.cents(.ratePerWRVU) else {
      return nil
    }
    let paid = max(0, wrvus - (offer.number(.wrvuThreshold) ?? 0))
    return Int64(saturating: paid * Double(rate))
  }

  /// Rounded half up to the cent; amounts are never negative.
  private static func share(_ cents: Int64, over years: Int64) -> Int64 {
    cents.saturatingAdding(years / 2) / years
  }

  private static func missingLines(of offer: Offer) -> [OfferLine] {
    let filled = Set(offer.entries.keys)
    var missing: Set<OfferLine> = [.salary, .tailCost]
    if (offer.cents(.signingBonus) ?? 0) > 0 { missing.insert(.clawbackYears) }
    if filled.contains(.wrvus) || filled.contains(.ratePerWRVU) {
      missing.formUnion([.wrvus, .ratePerWRVU])
    }
    return OfferLine.allCases.filter { missing.contains($0) && !filled.contains($0) }
  }
}
