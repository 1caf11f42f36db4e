import Foundation

/// The economics as words: one line per figure with the sum behind it, so the user can check
/// it by hand, and a conclusion that says what it rests on. The coach's panel, the summary
/// and the brief all show this, so they never disagree.
public struct EconomicsExplanation: Equatable, Sendable {
  public var pay: String
  public var productionPay: String?
  /// What the revenue is and, for an estimate, the assumptions behind it.
  public var revenue: [String]
  /// The multiple, break-even and margin, once there is revenue to work them out from.
  public var sums: [String]
  public var downstream: String?
  public var conclusion: String
  /// The conclusion in a line or two, still saying what it rests on, for a screen with
  /// little room: a verdict cut before its basis would read as a fact.
  public var shortConclusion: String

  /// Every figure, in the order the panel and the summary show them.
  public var lines: [String] {
    [pay] + (productionPay.map { [$0] } ?? []) + revenue + sums
      + (downstream.map { [$0] } ?? [])
  }

  /// What matters when there is room for little: production pay against pay, the revenue
  /// and the conclusion drawn from it, as the brief shows them.
  public var headline: [String] {
    [productionPay, revenue.first, conclusion].compactMap { $0 }
  }
}

extension EconomicsCalculator {
  /// Amounts are rounded to whole dollars, since cents on a yearly revenue are noise.
  public static func explanation(of figures: EconomicsFigures) -> EconomicsExplanation {
    let pay = dollars(figures.payCents)
    var explanation = EconomicsExplanation(
      pay: "Pay \(pay) a year, salary or total compensation",
      productionPay: figures.productionPay.map { production in
        "Production pay \(dollars(production.cents)) = \(wRVUText(production.wRVUs)) wRVUs × "
          + "\(MoneyFormat.dollars(production.rateCents)), "
          + comparison(production.cents, with: figures.payCents)
      },
      revenue: [], sums: [],
      downstream: figures.downstreamCents.map {
        "Downstream hospital revenue \(dollars($0)), your figure; not part of the practice's "
          + "revenue above"
      },
      conclusion: "Give your collections, or your wRVUs, to see whether the role covers its "
        + "cost.", shortConclusion: "Give your collections or wRVUs for a verdict.")
    guard let revenue = figures.revenue else { return explanation }
    explanation.revenue = revenueLines(revenue)
    guard let report = report(for: figures) else {
      explanation.conclusion =
        if figures.payCents <= 0 {
          "Give a pay above $0 to set your revenue against."
        } else if figures.overheadPercent >= 100 {
          "An overhead of 100% leaves nothing to pay you: check the overhead figure."
        } else {
          "These figures are too large to work out: check them."
        }
      explanation.shortConclusion = explanation.conclusion
      return explanation
    }
    let overhead = "\(DecimalText.plain(figures.overheadPercent))% overhead"
    let band =
      "\(DecimalText.plain(ruleOfThumb.lowerBound))-\(DecimalText.plain(ruleOfThumb.upperBound))x"
    let revenueText = dollars(revenue.cents)
    explanation.sums = [
      "Revenue multiple \(multiple(report.revenueMultiple)) = \(revenueText) revenue ÷ "
        + "\(pay) pay; rule of thumb \(band)",
      "Break-even revenue \(dollars(report.breakEvenRevenueCents)) = \(pay) pay ÷ "
        + "(1 − \(overhead)), \(multiple(report.breakEvenMultiple))",
      "Margin left \(dollars(report.marginCents)) = \(revenueText) − \(pay) pay − "
        + "\(dollars(report.overheadCents)) overhead",
    ]
    explanation.conclusion = verdictSentence(report.verdict) + " " + restsOn(revenue.basis)
    explanation.shortConclusion =
      shortVerdict(report.verdict) + " " + shortBasis(revenue.basis)
    return explanation
  }

  private static func revenueLines(_ revenue: Revenue) -> [String] {
    let amount = dollars(revenue.cents)
    switch revenue.basis {
    case .stated:
      return ["Revenue \(amount), the professional collections you gave"]
    case .collectionsPerWRVU(let wRVUs, let rateCents):
      return [
        "Revenue \(amount) = \(wRVUText(wRVUs)) wRVUs × \(MoneyFormat.dollars(rateCents)) "
          + "collected per wRVU"
      ]
    case .medicareEstimate(let wRVUs):
      let share = DecimalText.plain(MedicareRates.workShareOfTotalRVUs * 100)
      let factor = DecimalText.plain(MedicareRates.conversionFactorDollars)
      return [
        "Revenue \(amount), estimated = \(wRVUText(wRVUs)) wRVUs ÷ \(share)% work share × "
          + "$\(factor) per RVU",
        "At Medicare rates (\(MedicareRates.conversionFactorSource) "
          + "\(MedicareRates.conversionFactorYear) conversion factor; work share from "
          + "\(MedicareRates.workShareSource)); commercial payers usually pay more.",
      ]
    }
  }

  private static func verdictSentence(_ verdict: EconomicsReport.Verdict) -> String {
    switch verdict {
    case .belowBreakEven:
      "Below break-even: this revenue does not cover your pay plus its share of overhead."
    case .belowRuleOfThumb:
      "Above break-even, but under the 1.5-2x multiple practices often expect."
    case .withinRuleOfThumb:
      "Within the 1.5-2x rule of thumb, and above break-even."
    case .aboveRuleOfThumb:
      "Above the 1.5-2x rule of thumb: your numbers make a strong case."
    }
  }

  private static func shortVerdict(_ verdict: EconomicsReport.Verdict) -> String {
    switch verdict {
    case .belowBreakEven: "Below break-even"
    case .belowRuleOfThumb: "Above break-even, under the 1.5-2x rule of thumb,"
    case .withinRuleOfThumb: "Within the 1.5-2x rule of thumb,"
    case .aboveRuleOfThumb: "Above the 1.5-2x rule of thumb"
    }
  }

  private static func shortBasis(_ basis: Revenue.Basis) -> String {
    switch basis {
    case .stated: "on the collections you gave."
    case .collectionsPerWRVU: "on your collections per wRVU."
    case .medicareEstimate: "on a Medicare-rate estimate; commercial payers usually pay more."
    }
  }

  private static func restsOn(_ basis: Revenue.Basis) -> String {
    switch basis {
    case .stated:
      "It rests on the collections you gave."
    case .collectionsPerWRVU:
      "It rests on your wRVUs and your collections per wRVU."
    case .medicareEstimate(let wRVUs):
      "It rests on an estimate from \(wRVUText(wRVUs)) wRVUs at Medicare rates; commercial "
        + "payers usually pay more, so check it against your collections."
    }
  }

  private static func comparison(_ cents: Int64, with payCents: Int64) -> String {
    let (difference, overflow) = cents.subtractingReportingOverflow(payCents)
    if overflow { return "far from your pay" }
    if difference == 0 { return "the same as your pay" }
    let side = difference > 0 ? "above" : "below"
    return "\(dollars(Int64(clamping: difference.magnitude))) \(side) your pay"
  }

  static func wRVUText(_ wRVUs: Double) -> String {
    let plain = DecimalText.plain(wRVUs)
    let parts = plain.split(separator: ".", maxSplits: 1)
    let whole = MoneyFormat.grouped(String(parts[0]))
    return parts.count > 1 ? whole + "." + parts[1] : whole
  }

  private static func dollars(_ cents: Int64) -> String {
    let carry: Int64 = abs(cents % 100) < 50 ? 0 : (cents < 0 ? -1 : 1)
    return MoneyFormat.dollars((cents / 100 + carry) * 100)
  }

  private static func multiple(_ value: Double) -> String {
    String(format: "%.2fx", value)
  }
}
