/// The economics of a role, worked out: what the user brings in against what they cost.
public struct EconomicsReport: Equatable, Sendable {
  public enum Verdict: Equatable, Sendable {
    /// Revenue does not cover salary plus its share of overhead.
    case belowBreakEven
    /// Covers costs, but only possible at low overhead: under the 1.5x practices expect.
    case belowRuleOfThumb
    case withinRuleOfThumb
    case aboveRuleOfThumb

    /// Break-even is checked first: at 60% overhead a 2x multiple, inside the band, still
    /// loses money, and the course teaches the band honestly.
    public var summary: String {
      switch self {
      case .belowBreakEven:
        "Below break-even: at this overhead your revenue does not cover your pay."
      case .belowRuleOfThumb:
        "Above break-even, but under the 1.5-2x multiple practices often expect."
      case .withinRuleOfThumb:
        "Within the 1.5-2x rule of thumb, and above break-even."
      case .aboveRuleOfThumb:
        "Above the 1.5-2x rule of thumb: your numbers make a strong case."
      }
    }
  }

  /// Revenue divided by salary.
  public var revenueMultiple: Double
  /// The multiple at which revenue just covers salary and overhead: 1 / (1 - overhead).
  public var breakEvenMultiple: Double
  public var breakEvenRevenueCents: Int64
  /// The revenue's share of overhead.
  public var overheadCents: Int64
  /// Revenue less salary and overhead; negative when the role costs more than it brings.
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
