/// Works out a role's economics from plain figures; knows nothing of screens, so the coach,
/// the summary and the brief all quote the same sums.
public enum EconomicsCalculator {
  /// Revenue practices commonly expect for a salary, as a multiple of it.
  public static let ruleOfThumb: ClosedRange<Double> = 1.5...2.0

  /// $10 trillion: larger amounts are typos, and staying below 2^53 cents keeps the Double
  /// arithmetic exact to the cent.
  static let largestCents: Int64 = 1_000_000_000_000_000

  /// Nil when there is no pay to compare with, no revenue yet, or when overhead leaves
  /// nothing to pay it.
  public static func report(for figures: EconomicsFigures) -> EconomicsReport? {
    let overhead = figures.overheadPercent
    guard let revenueCents = figures.revenue?.cents,
      (1...largestCents).contains(figures.payCents),
      (0...largestCents).contains(revenueCents),
      overhead >= 0, overhead < 100
    else { return nil }
    let pay = Double(figures.payCents)
    let revenue = Double(revenueCents)
    let kept = 1 - overhead / 100
    guard let breakEvenCents = Int64(exactly: (pay / kept).rounded()),
      let overheadCents = Int64(exactly: (revenue * overhead / 100).rounded())
    else { return nil }
    let multiple = revenue / pay
    let verdict: EconomicsReport.Verdict =
      if revenueCents < breakEvenCents {
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
      marginCents: revenueCents - figures.payCents - overheadCents,
      verdict: verdict)
  }

  /// wRVUs times a rate in cents, rounded to the cent; nil for negative or absurd figures.
  public static func cents(wRVUs: Double, rateCents: Int64) -> Int64? {
    cents(wRVUs: wRVUs, rateCents: Double(rateCents))
  }

  /// What Medicare would pay for `wRVUs` of work: grossed up to total RVUs by the work
  /// share, at the conversion factor.
  public static func medicareEstimateCents(wRVUs: Double) -> Int64? {
    let totalRVUs = wRVUs / MedicareRates.workShareOfTotalRVUs
    return cents(wRVUs: totalRVUs, rateCents: MedicareRates.conversionFactorDollars * 100)
  }

  private static func cents(wRVUs: Double, rateCents: Double) -> Int64? {
    guard wRVUs.isFinite, wRVUs >= 0, rateCents >= 0, rateCents <= Double(largestCents),
      let cents = Int64(exactly: (wRVUs * rateCents).rounded()), cents <= largestCents
    else { return nil }
    return cents
  }

  /// The figures from a unit's answers, keyed by prompt id; nil without a pay. Revenue is
  /// the collections the user stated, else wRVUs at their own collections per wRVU, else
  /// wRVUs at Medicare rates; a missing overhead takes the default.
  public static func figures(
    from answers: [String: AnswerValue], inputs: EconomicsInputs, defaultOverhead: Double = 50
  ) -> EconomicsFigures? {
    func money(_ id: String?) -> Int64? {
      if let id, case .money(let cents)? = answers[id] { cents } else { nil }
    }
    guard let pay = money(inputs.salary) else { return nil }
    var overhead = defaultOverhead
    if case .percent(let stated)? = answers[inputs.overhead] { overhead = stated }
    var wRVUs: Double?
    if let id = inputs.wRVUs, case .number(let value)? = answers[id] { wRVUs = value }
    let production = wRVUs.flatMap { wRVUs in
      money(inputs.ratePerWRVU).flatMap { rate in
        cents(wRVUs: wRVUs, rateCents: rate).map {
          ProductionPay(wRVUs: wRVUs, rateCents: rate, cents: $0)
        }
      }
    }
    return EconomicsFigures(
      payCents: pay, productionPay: production,
      revenue: revenue(
        stated: money(inputs.revenue), wRVUs: wRVUs,
        collectionsPerWRVU: money(inputs.collectionsPerWRVU)),
      overheadPercent: overhead, downstreamCents: money(inputs.downstream))
  }

  private static func revenue(stated: Int64?, wRVUs: Double?, collectionsPerWRVU: Int64?)
    -> Revenue?
  {
    if let stated { return Revenue(cents: stated, basis: .stated) }
    guard let wRVUs else { return nil }
    if let rate = collectionsPerWRVU, let cents = cents(wRVUs: wRVUs, rateCents: rate) {
      return Revenue(cents: cents, basis: .collectionsPerWRVU(wRVUs: wRVUs, rateCents: rate))
    }
    return medicareEstimateCents(wRVUs: wRVUs).map {
      Revenue(cents: $0, basis: .medicareEstimate(wRVUs: wRVUs))
    }
  }
}
