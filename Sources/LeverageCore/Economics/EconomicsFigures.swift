/// What the economics of a role are worked out from, whichever way the revenue was given.
public struct EconomicsFigures: Equatable, Sendable {
  public enum RevenueSource: Equatable, Sendable {
    case stated
    /// Production revenue: wRVUs times the contract's pay per wRVU.
    case fromWRVUs(wRVUs: Double, rateCents: Int64)
  }

  public var salaryCents: Int64
  public var revenueCents: Int64
  public var revenueSource: RevenueSource
  /// Overhead as a share of revenue, 0 to 100.
  public var overheadPercent: Double

  public init(
    salaryCents: Int64, revenueCents: Int64, revenueSource: RevenueSource = .stated,
    overheadPercent: Double
  ) {
    self.salaryCents = salaryCents
    self.revenueCents = revenueCents
    self.revenueSource = revenueSource
    self.overheadPercent = overheadPercent
  }
}
