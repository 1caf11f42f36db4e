/// A role's revenue set against its pay and overhead. Built only from revenue, never from
/// production pay, which is what the physician is paid rather than what the practice earns.
public struct EconomicsReport: Equatable, Sendable {
  public enum Verdict: Equatable, Sendable {
    /// Revenue does not cover pay plus its share of overhead.
    case belowBreakEven
    /// Covers costs, but only possible at low overhead: under the 1.5x practices expect.
    case belowRuleOfThumb
    case withinRuleOfThumb
    case aboveRuleOfThumb
  }

  /// Revenue divided by pay.
  public var revenueMultiple: Double
  /// The multiple at which revenue just covers pay and overhead: 1 / (1 - overhead).
  public var breakEvenMultiple: Double
  public var breakEvenRevenueCents: Int64
  /// The revenue's share of overhead.
  public var overheadCents: Int64
  /// Revenue less pay and overhead; negative when the role costs more than it brings.
  public var marginCents: Int64
  public var verdict: Verdict

  public init(
    revenueMultiple: Double, breakEvenMultiple: Double, breakEvenRevenueCents: Int64,
    overheadCents: Int64, marginCents: Int64, verdict: Verdict
  ) {
    self.revenueMultiple = revenueMultiple
    self.breakEvenMultiple = breakEvenMultiple
    self.breakEvenRevenueCents = breakEvenRevenueCents
    self.overheadCents = overheadCents
    self.marginCents = marginCents
    self.verdict = verdict
  }
}
