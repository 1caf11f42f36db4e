/// Works out a role's economics from plain figures; knows nothing of the course, so the
/// `calc` command can use it as well as the economics screen.
public enum EconomicsCalculator {
  /// Revenue practices commonly expect for a salary, as a multiple of it.
  public static let ruleOfThumb: ClosedRange<Double> = 1.5...2.0

  /// $10 trillion: larger amounts are typos, and staying below 2^53 cents keeps the Double
  /// arithmetic exact to the cent.
  static let largestCents: Int64 = 1_000_000_000_000_000

  /// Nil when there is no salary to compare with, or when overhead leaves nothing to pay it.
  public static func report(for figures: EconomicsFigures) -> EconomicsReport? {
    let overhead = figures.overheadPercent
    guard (1...largestCents).contains(figures.salaryCents),
      (0...largestCents).contains(figures.revenueCents),
      overhead >= 0, overhead < 100
    else { return nil }
    let salary = Double(figures.salaryCents)
    let revenue = Double(figures.revenueCents)
    let kept = 1 - overhead / 100
    guard let breakEvenCents = Int64(exactly: (salary / kept).rounded()),
      let overheadCents = Int64(exactly: (revenue * overhead / 100).rounded())
    else { return nil }
    let multiple = revenue / salary
    let verdict: EconomicsReport.Verdict =
      if figures.revenueCents < breakEvenCents {
        .belowBreakEven
      } else if multiple < ruleOfThumb.lowerBound {
        .belowRuleOfThumb
      } else if multiple <= ruleOfThumb.upperBound {
        .withinRuleOfThumb
      } else {
        .aboveRuleOfThumb
      }
    return EconomicsReport(
      revenueMultiple: multiple, breakEvenMultiple: 1 / kept,
      breakEvenRevenueCents: breakEvenCents, overheadCents: overheadCents,
      marginCents: figures.revenueCents - figures.salaryCents - overheadCents,
      verdict: verdict)
  }

  /// Production revenue, rounded to the cent; nil for negative or absurd figures.
  public static func revenueCents(wRVUs: Double, rateCents: Int64) -> Int64? {
    guard wRVUs.isFinite, wRVUs >= 0, (0...largestCents).contains(rateCents) else { return nil }
    guard let cents = Int64(exactly: (wRVUs * Double(rateCents)).rounded()),
      cents <= largestCents
    else { return nil }
    return cents
  }

  /// The figures from a unit's answers, keyed by prompt id. A stated revenue wins over
  /// wRVUs times rate, being the user's own bottom line; a missing overhead takes the default.
  public static func figures(
    from answers: [String: AnswerValue], inputs: EconomicsInputs, defaultOverhead: Double = 50
  ) -> EconomicsFigures? {
    guard case .money(let salary)? = answers[inputs.salary] else { return nil }
    var overhead = defaultOverhead
    if case .percent(let stated)? = answers[inputs.overhead] { overhead = stated }
    if case .money(let revenue)? = answers[inputs.revenue] {
      return EconomicsFigures(salaryCents: salary, revenueCents: revenue, overheadPercent: overhead)
    }
    guard let wRVUsID = inputs.wRVUs, let rateID = inputs.ratePerWRVU,
      case .number(let wRVUs)? = answers[wRVUsID], case .money(let rate)? = answers[rateID],
      let revenue = revenueCents(wRVUs: wRVUs, rateCents: rate)
    else { return nil }
    return EconomicsFigures(
      salaryCents: salary, revenueCents: revenue,
      revenueSource: .fromWRVUs(wRVUs: wRVUs, rateCents: rate), overheadPercent: overhead)
  }
}
