/// Offers side by side over a horizon of years: each line as entered, then production pay,
/// the bonus per year and the total per year, with the offer that leads on each. Pure, so
/// the screen and `leverage offers` show the same table.
public struct OfferComparison: Equatable, Sendable {
  public static let horizonRange = 1...10
  public static let defaultHorizonYears = 3

  /// One line of the table.
  public struct Row: Equatable, Sendable {
    public enum Kind: Hashable, Sendable {
      case line(OfferLine)
      case productionPay, bonusPerYear, total
      /// Where each total falls on the user's ladder; not among `rows`, see `ladderRow`.
      case ladder
    }

    public var kind: Kind
    public var label: String
    /// One per offer, in order; nil where the offer has no figure. An estimate starts with `~`.
    public var cells: [String?]
    /// The offer that leads on this row; nil when fewer than two have a figure, on a tie,
    /// or where no value is better than another.
    public var leader: Int?
  }

  public let offers: [Offer]
  /// Clamped to `horizonRange`.
  public let horizonYears: Int
  /// One per offer, in order.
  public let annualised: [AnnualisedOffer]
  /// Every line in table order, then production pay, bonus per year and the total.
  public let rows: [Row]
  /// What the figures rest on, one sentence each: repaid bonuses, missing lines, estimates.
  public let notes: [String]

  public init(offers: [Offer], horizonYears: Int) {
    let horizon = min(max(horizonYears, Self.horizonRange.lowerBound), Self.horizonRange.upperBound)
    let annualised = offers.map { AnnualisedOffer($0, horizonYears: horizon) }
    self.offers = offers
    self.horizonYears = horizon
    self.annualised = annualised
    self.rows =
      OfferLine.allCases.map { Self.row(for: $0, of: offers) }
      + Self.computedRows(annualised, horizonYears: horizon)
    self.notes = OfferNotes.notes(offers: offers, annualised: annualised, horizonYears: horizon)
  }

  public func row(_ kind: Row.Kind) -> Row? {
    rows.first { $0.kind == kind }
  }

  private static func row(for line: OfferLine, of offers: [Offer]) -> Row {
    let values = offers.map { offer -> Double? in
      switch offer.entries[line] {
      case .money(let cents, _): Double(cents)
      case .number(let value, _): value
      case .text, nil: nil
      }
    }
    return Row(
      kind: .line(line), label: line.label,
      cells: offers.map { $0.entries[line]?.display(on: line) },
      leader: leader(of: values, preference: line.preference))
  }

  private static func computedRows(_ annualised: [AnnualisedOffer], horizonYears: Int) -> [Row] {
    let production = annualised.map { figure in
      figure.productionPayCents.map { ($0, figure.productionIsEstimate) }
    }
    // An offer without a bonus has no cell, so the row leads only among offers with one.
    let bonus = annualised.map { figure in
      figure.bonusPerYearCents > 0 || figure.bonusIsRepaid
        ? (figure.bonusPerYearCents, figure.bonusIsEstimate) : nil
    }
    let total = annualised.map { ($0.annualisedTotalCents, $0.isEstimate) }
    return [
      computedRow(.productionPay, label: "Production pay/yr", production),
      computedRow(.bonusPerYear, label: "Bonus per year", bonus),
      computedRow(.total, label: "Total/yr, \(horizonYears) years", total),
    ]
  }

  /// Computed figures are shown to the whole dollar; leaders are found on the cents.
  private static func computedRow(
    _ kind: Row.Kind, label: String, _ figures: [(cents: Int64, isEstimate: Bool)?]
  ) -> Row {
    let cells = figures.map { figure in
      figure.map { (cents, isEstimate) in
        (isEstimate ? "~" : "") + MoneyFormat.dollars(wholeDollars(cents))
      }
    }
    return Row(
      kind: kind, label: label, cells: cells,
      leader: leader(of: figures.map { $0.map { Double($0.cents) } }, preference: .higher))
  }

  /// Cents rounded half away from zero to whole dollars, still in cents.
  private static func wholeDollars(_ cents: Int64) -> Int64 {
    let dollars = (cents.magnitude + 50) / 100
    return (cents < 0 ? -1 : 1) * Int64(dollars) * 100
  }

  private static func leader(of values: [Double?], preference: OfferLine.Preference) -> Int? {
    let present = values.enumerated().compactMap { index, value in value.map { (index, $0) } }
    guard present.count >= 2 else { return nil }
    let best: Double
    switch preference {
    case .higher: best = present.map(\.1).max() ?? 0
    case .lower: best = present.map(\.1).min() ?? 0
    case .none: return nil
    }
    let leaders = present.filter { $0.1 == best }
    return leaders.count == 1 ? leaders[0].0 : nil
  }
}
