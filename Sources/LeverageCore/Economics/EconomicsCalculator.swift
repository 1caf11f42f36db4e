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
    figures.revenue.flatMap { report(revenueCents: $0.cents, figures: figures) }
  }

  /// The report at each end of an estimate's range; nil without an estimate or when either
  /// end cannot be worked out.
  public static func reports(for figures: EconomicsFigures)
    -> (low: EconomicsReport, high: EconomicsReport)?
  {
    guard let range = figures.estimate,
      let low = report(revenueCents: range.lowCents, figures: figures),
      let high = report(revenueCents: range.highCents, figures: figures)
    else { return nil }
    return (low, high)
  }

  private static func report(revenueCents: Int64, figures: EconomicsFigures) -> EconomicsReport? {
    let overhead = figures.overheadPercent
    guard (1...largestCents).contains(figures.payCents),
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

  /// What `wRVUs` of work may bring in, in `setting`: grossed up to total RVUs by the top
  /// of the work share and paid at Medicare's conversion factor, up to grossed up by the
  /// bottom of it and paid at the commercial uplift.
  public static func estimate(wRVUs: Double, setting: PracticeSetting) -> RevenueRange? {
    let medicare = MedicareRates.conversionFactorDollars * 100
    guard
      let low = cents(wRVUs: wRVUs / setting.workShare.upperBound, rateCents: medicare),
      let high = cents(
        wRVUs: wRVUs / setting.workShare.lowerBound,
        rateCents: medicare * MedicareRates.commercialUplift)
    else { return nil }
    return RevenueRange(wRVUs: wRVUs, setting: setting, lowCents: low, highCents: high)
  }

  private static func cents(wRVUs: Double, rateCents: Double) -> Int64? {
    guard wRVUs.isFinite, wRVUs >= 0, rateCents >= 0, rateCents <= Double(largestCents),
      let cents = Int64(exactly: (wRVUs * rateCents).rounded()), cents <= largestCents
    else { return nil }
    return cents
  }

  /// The figures from a unit's answers, keyed by prompt id; nil without a pay. Revenue is
  /// the collections the user stated, else wRVUs at their own collections per wRVU, else a
  /// range estimated from wRVUs for the specialty's setting; a missing overhead takes the
  /// default.
  public static func figures(
    from answers: [String: AnswerValue], inputs: EconomicsInputs,
    specialty: SpecialtyMatch = .notGiven, defaultOverhead: Double = 50
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
    let known = revenue(
      stated: money(inputs.revenue), wRVUs: wRVUs,
      collectionsPerWRVU: money(inputs.collectionsPerWRVU))
    return EconomicsFigures(
      payCents: pay, productionPay: production, revenue: known,
      estimate: known == nil
        ? wRVUs.flatMap { estimate(wRVUs: $0, setting: specialty.setting) } : nil,
      overheadPercent: overhead, downstreamCents: money(inputs.downstream),
      specialty: specialty)
  }

  private static func revenue(stated: Int64?, wRVUs: Double?, collectionsPerWRVU: Int64?)
    -> Revenue?
  {
    if let stated { return Revenue(cents: stated, basis: .stated) }
    guard let wRVUs, let rate = collectionsPerWRVU,
      let cents = cents(wRVUs: wRVUs, rateCents: rate)
    else { return nil }
    return Revenue(cents: cents, basis: .collectionsPerWRVU(wRVUs: wRVUs, rateCents: rate))
  }
}
