import Foundation

/// The economics as words: one line per figure with the sum behind it, so the user can check
/// it by hand, and a conclusion that says what it rests on. The coach's panel and the summary
/// show this whole, and the brief speaks from the same figures, so they never disagree.
public struct EconomicsExplanation: Equatable, Sendable {
  public var pay: String
  public var productionPay: String?
  /// What the revenue is and, for an estimate, the range and the assumptions behind it.
  public var revenue: [String]
  /// The multiple, break-even and margin, once there is revenue to work them out from.
  public var sums: [String]
  public var downstream: String?
  /// What employment means when the role does not cover its cost on the practice's books.
  public var context: String?
  /// The specialty's published figures, or why there are none.
  public var specialty: [String]
  public var conclusion: String
  /// The conclusion in a line or two, still saying what it rests on, for a screen with
  /// little room: a verdict cut before its basis would read as a fact.
  public var shortConclusion: String

  /// Every figure, in the order the panel and the summary show them.
  public var lines: [String] {
    [pay] + (productionPay.map { [$0] } ?? []) + revenue + sums
      + [downstream, context].compactMap { $0 } + specialty
  }
}

extension EconomicsCalculator {
  /// Amounts are rounded to whole dollars, since cents on a yearly revenue are noise.
  public static func explanation(of figures: EconomicsFigures) -> EconomicsExplanation {
    var explanation = EconomicsExplanation(
      pay: "Pay \(dollars(figures.payCents)) a year, salary or total compensation",
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
      context: nil, specialty: specialtyLines(figures.specialty),
      conclusion: "Give your collections, or your wRVUs, to see whether the role covers its "
        + "cost.", shortConclusion: "Give your collections or wRVUs for a verdict.")
    if let revenue = figures.revenue {
      explainKnown(revenue, figures: figures, into: &explanation)
    } else if let range = figures.estimate {
      explainRange(range, figures: figures, into: &explanation)
    }
    return explanation
  }

  private static func explainKnown(
    _ revenue: Revenue, figures: EconomicsFigures, into explanation: inout EconomicsExplanation
  ) {
    explanation.revenue = [revenueLine(revenue)]
    guard let report = report(for: figures) else {
      return unworkable(figures, into: &explanation)
    }
    let revenueText = dollars(revenue.cents)
    explanation.sums = [
      "Revenue multiple \(multiple(report.revenueMultiple)) = \(revenueText) revenue ÷ "
        + "\(dollars(figures.payCents)) pay; rule of thumb \(band)",
      breakEvenLine(report, figures: figures),
      "Margin left \(dollars(report.marginCents)) = \(revenueText) − "
        + "\(dollars(figures.payCents)) pay − \(dollars(report.overheadCents)) overhead",
    ]
    explanation.conclusion = verdictSentence(report.verdict) + " " + restsOn(revenue.basis)
    explanation.shortConclusion =
      shortVerdict(report.verdict) + " " + shortBasis(revenue.basis)
    if report.verdict == .belowBreakEven { explanation.context = subsidyContext }
  }

  private static func explainRange(
    _ range: RevenueRange, figures: EconomicsFigures,
    into explanation: inout EconomicsExplanation
  ) {
    explanation.revenue = rangeLines(range)
    guard let (low, high) = reports(for: figures) else {
      return unworkable(figures, into: &explanation)
    }
    explanation.sums = [
      "Revenue multiple \(multiple(low.revenueMultiple)) to \(multiple(high.revenueMultiple)) "
        + "= \(dollars(range.lowCents)) to \(dollars(range.highCents)) revenue ÷ "
        + "\(dollars(figures.payCents)) pay; rule of thumb \(band)",
      breakEvenLine(low, figures: figures),
      "Margin left \(dollars(low.marginCents)) to \(dollars(high.marginCents)) after pay "
        + "and overhead",
    ]
    let settle =
      "To settle it, ask the practice for your professional collections, or what it "
      + "collects per wRVU of yours."
    if low.verdict == high.verdict {
      explanation.conclusion =
        verdictSentence(low.verdict) + " That holds at both ends of the estimate. " + settle
      explanation.shortConclusion =
        shortVerdict(low.verdict) + " across the whole estimate; your collections settle it."
    } else if low.verdict == .belowBreakEven {
      explanation.conclusion =
        "Can't tell from an estimate: the range runs from below break-even to above it. "
        + settle
      explanation.shortConclusion = "Can't tell from an estimate: ask for your collections."
    } else {
      explanation.conclusion =
        "Above break-even at both ends of the estimate; against the 1.5-2x rule of thumb it "
        + "depends on your payer mix. " + settle
      explanation.shortConclusion =
        "Above break-even across the estimate; your collections settle the rest."
    }
    if low.verdict == .belowBreakEven { explanation.context = subsidyContext }
  }

  private static func unworkable(
    _ figures: EconomicsFigures, into explanation: inout EconomicsExplanation
  ) {
    explanation.conclusion =
      if figures.payCents <= 0 {
        "Give a pay above $0 to set your revenue against."
      } else if figures.overheadPercent >= 100 {
        "An overhead of 100% leaves nothing to pay you: check the overhead figure."
      } else {
        "These figures are too large to work out: check them."
      }
    explanation.shortConclusion = explanation.conclusion
  }

  private static func breakEvenLine(_ report: EconomicsReport, figures: EconomicsFigures)
    -> String
  {
    "Break-even revenue \(dollars(report.breakEvenRevenueCents)) = "
      + "\(dollars(figures.payCents)) pay ÷ (1 − \(overheadText(figures)) overhead), "
      + multiple(report.breakEvenMultiple)
  }

  private static func revenueLine(_ revenue: Revenue) -> String {
    switch revenue.basis {
    case .stated:
      "Revenue \(dollars(revenue.cents)), the professional collections you gave"
    case .collectionsPerWRVU(let wRVUs, let rateCents):
      "Revenue \(dollars(revenue.cents)) = \(wRVUText(wRVUs)) wRVUs × "
        + "\(MoneyFormat.dollars(rateCents)) collected per wRVU"
    }
  }

  private static func rangeLines(_ range: RevenueRange) -> [String] {
    let share = range.setting.workShare
    let factor = DecimalText.plain(MedicareRates.conversionFactorDollars)
    return [
      "Revenue \(dollars(range.lowCents)) to \(dollars(range.highCents)), estimated from "
        + "\(wRVUText(range.wRVUs)) wRVUs for \(range.setting.name)",
      "Low: work \(percent(share.upperBound)) of total RVUs, all at Medicare's $\(factor) per "
        + "RVU (\(MedicareRates.conversionFactorSource) \(MedicareRates.conversionFactorYear)). "
        + "High: work \(percent(share.lowerBound)), all at commercial rates; "
        + MedicareRates.commercialUpliftBasis + ".",
      "Work share \(percent(share.lowerBound))-\(percent(share.upperBound)): "
        + range.setting.workShareBasis + ".",
    ]
  }
}
