/// What a role's economics are worked out from, with three figures kept apart: the pay, the
/// production pay the contract's rate gives for the wRVUs, and the revenue the practice
/// collects for the work. Only revenue says whether the role covers its costs.
public struct EconomicsFigures: Equatable, Sendable {
  /// Salary or total compensation a year.
  public var payCents: Int64
  public var productionPay: ProductionPay?
  /// What the practice collects, when the user gave it (or her own collections per wRVU).
  public var revenue: Revenue?
  /// With wRVUs but no collections: the range the revenue may lie in, never one figure.
  public var estimate: RevenueRange?
  /// Overhead as a share of revenue, 0 to 100.
  public var overheadPercent: Double
  /// Hospital revenue from the physician's orders and procedures, given by the user; shown
  /// on its own, never added to the practice's revenue.
  public var downstreamCents: Int64?
  /// The profile's specialty, which picks the published figures and the work share.
  public var specialty: SpecialtyMatch

  public init(
    payCents: Int64, productionPay: ProductionPay? = nil, revenue: Revenue? = nil,
    estimate: RevenueRange? = nil, overheadPercent: Double, downstreamCents: Int64? = nil,
    specialty: SpecialtyMatch = .notGiven
  ) {
    self.payCents = payCents
    self.productionPay = productionPay
    self.revenue = revenue
    self.estimate = estimate
    self.overheadPercent = overheadPercent
    self.downstreamCents = downstreamCents
    self.specialty = specialty
  }
}

/// wRVUs times the contract's rate per wRVU: what the physician is paid for production.
public struct ProductionPay: Equatable, Sendable {
  public var wRVUs: Double
  public var rateCents: Int64
  public var cents: Int64

  public init(wRVUs: Double, rateCents: Int64, cents: Int64) {
    self.wRVUs = wRVUs
    self.rateCents = rateCents
    self.cents = cents
  }
}

/// What the practice collects for the physician's work, and what that figure rests on.
public struct Revenue: Equatable, Sendable {
  public enum Basis: Equatable, Sendable {
    /// The professional collections the user gave.
    case stated
    /// wRVUs times the user's own collections per wRVU.
    case collectionsPerWRVU(wRVUs: Double, rateCents: Int64)
  }

  public var cents: Int64
  public var basis: Basis

  public init(cents: Int64, basis: Basis) {
    self.cents = cents
    self.basis = basis
  }
}

/// What wRVUs alone say about revenue: a range, from every service paid at Medicare's rate
/// with work at the top of its share of total RVUs, to every service paid at the commercial
/// uplift with work at the bottom of its share.
public struct RevenueRange: Equatable, Sendable {
  public var wRVUs: Double
  public var setting: PracticeSetting
  public var lowCents: Int64
  public var highCents: Int64

  public init(wRVUs: Double, setting: PracticeSetting, lowCents: Int64, highCents: Int64) {
    self.wRVUs = wRVUs
    self.setting = setting
    self.lowCents = lowCents
    self.highCents = highCents
  }
}
