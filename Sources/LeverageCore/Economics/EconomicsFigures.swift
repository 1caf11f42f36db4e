/// What a role's economics are worked out from, with three figures kept apart: the pay, the
/// production pay the contract's rate gives for the wRVUs, and the revenue the practice
/// collects for the work. Only revenue says whether the role covers its costs.
public struct EconomicsFigures: Equatable, Sendable {
  /// Salary or total compensation a year.
  public var payCents: Int64
  public var productionPay: ProductionPay?
  /// Nil until the user gives collections or wRVUs to estimate them from.
  public var revenue: Revenue?
  /// Overhead as a share of revenue, 0 to 100.
  public var overheadPercent: Double
  /// Hospital revenue from the physician's orders and procedures, given by the user; shown
  /// on its own, never added to the practice's revenue.
  public var downstreamCents: Int64?

  public init(
    payCents: Int64, productionPay: ProductionPay? = nil, revenue: Revenue? = nil,
    overheadPercent: Double, downstreamCents: Int64? = nil
  ) {
    self.payCents = payCents
    self.productionPay = productionPay
    self.revenue = revenue
    self.overheadPercent = overheadPercent
    self.downstreamCents = downstreamCents
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
    /// wRVUs grossed up to total RVUs and paid at Medicare's conversion factor.
    case medicareEstimate(wRVUs: Double)
  }

  public var cents: Int64
  public var basis: Basis

  public init(cents: Int64, basis: Basis) {
    self.cents = cents
    self.basis = basis
  }

  public var isEstimate: Bool {
    if case .medicareEstimate = basis { true } else { false }
  }
}
