import Foundation

extension EconomicsCalculator {
  /// One line per number, showing the sum behind it, so the user can check it by hand.
  /// Amounts are rounded to whole dollars, since cents on a yearly revenue are noise.
  public static func explanationLines(
    for report: EconomicsReport, figures: EconomicsFigures
  ) -> [String] {
    let salary = dollars(figures.salaryCents)
    let revenue = dollars(figures.revenueCents)
    let overhead = "\(DecimalText.plain(figures.overheadPercent))% overhead"
    let band =
      "\(DecimalText.plain(ruleOfThumb.lowerBound))-"
      + "\(DecimalText.plain(ruleOfThumb.upperBound))x"
    var lines: [String] = []
    if case .fromWRVUs(let wRVUs, let rateCents) = figures.revenueSource {
      lines.append(
        "Revenue \(revenue) = \(DecimalText.plain(wRVUs)) wRVUs × "
          + "\(MoneyFormat.dollars(rateCents)) per wRVU")
    }
    lines += [
      "Revenue multiple \(multiple(report.revenueMultiple))"
        + " = \(revenue) revenue ÷ \(salary) salary",
      "Break-even multiple \(multiple(report.breakEvenMultiple)) = 1 ÷ (1 − \(overhead))"
        + "; rule of thumb \(band)",
      "Break-even revenue \(dollars(report.breakEvenRevenueCents))"
        + " = \(salary) ÷ (1 − \(overhead))",
      "Margin left \(dollars(report.marginCents)) = \(revenue) − \(salary) salary"
        + " − \(dollars(report.overheadCents)) overhead",
    ]
    return lines
  }

  private static func dollars(_ cents: Int64) -> String {
    let carry: Int64 = abs(cents % 100) < 50 ? 0 : (cents < 0 ? -1 : 1)
    return MoneyFormat.dollars((cents / 100 + carry) * 100)
  }

  private static func multiple(_ value: Double) -> String {
    String(format: "%.2fx", value)
  }
}
