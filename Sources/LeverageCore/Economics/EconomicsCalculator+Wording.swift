import Foundation

/// The words the explanation and the brief build their sentences from.
extension EconomicsCalculator {
  static var band: String {
    "\(DecimalText.plain(ruleOfThumb.lowerBound))-\(DecimalText.plain(ruleOfThumb.upperBound))x"
  }

  /// Shown beside a role that does not cover its cost on the practice's books, where an
  /// employed physician most needs to know it is common and what the hospital gets back.
  static var subsidyContext: String {
    let subsidy = PhysicianSubsidy.self
    return "Hospitals commonly pay employed physicians more than their professional "
      + "collections and recover it from the hospital revenue they bring: the median "
      + "investment per employed physician was \(MoneyFormat.dollars(subsidy.cents)) a year in "
      + "\(subsidy.period) (\(subsidy.source))."
  }

  static func specialtyLines(_ match: SpecialtyMatch) -> [String] {
    switch match {
    case .notGiven:
      return [
        "Name your specialty in your profile for its published figures and a narrower "
          + "estimate."
      ]
    case .unknown(let text):
      return [
        "Leverage has no figures for “\(text)”, so an estimate takes the widest work share. "
          + "Name it in your profile as a survey would, like Cardiology or Family medicine."
      ]
    case .known(let specialty):
      return [
        published("Average pay", specialty.compensation, specialty: specialty),
        published("Hospital revenue per physician", specialty.downstream, specialty: specialty),
      ]
    }
  }

  /// "Average pay in cardiology: $525,000 (Medscape Physician Compensation Report 2024, 2023
  /// data)", named as the source measured it, or that no public source gave one: another
  /// specialty's figure is never offered in its place.
  static func published(
    _ what: String, _ figure: PublishedFigure?, specialty: SpecialtyFigures
  ) -> String {
    guard let figure else {
      return "\(what) in \(specialty.name.lowercased()): no published figure found"
    }
    return "\(what) in \(figure.measured): \(dollars(figure.cents)) (\(figure.source), "
      + "\(figure.year) data)"
  }

  static func verdictSentence(_ verdict: EconomicsReport.Verdict) -> String {
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

  static func shortVerdict(_ verdict: EconomicsReport.Verdict) -> String {
    switch verdict {
    case .belowBreakEven: "Below break-even"
    case .belowRuleOfThumb: "Above break-even, under the 1.5-2x rule of thumb,"
    case .withinRuleOfThumb: "Within the 1.5-2x rule of thumb,"
    case .aboveRuleOfThumb: "Above the 1.5-2x rule of thumb"
    }
  }

  static func shortBasis(_ basis: Revenue.Basis) -> String {
    switch basis {
    case .stated: "on the collections you gave."
    case .collectionsPerWRVU: "on your collections per wRVU."
    }
  }

  static func restsOn(_ basis: Revenue.Basis) -> String {
    switch basis {
    case .stated: "It rests on the collections you gave."
    case .collectionsPerWRVU: "It rests on your wRVUs and your collections per wRVU."
    }
  }

  static func comparison(_ cents: Int64, with payCents: Int64) -> String {
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

  static func dollars(_ cents: Int64) -> String {
    let carry: Int64 = abs(cents % 100) < 50 ? 0 : (cents < 0 ? -1 : 1)
    return MoneyFormat.dollars((cents / 100 + carry) * 100)
  }

  static func multiple(_ value: Double) -> String {
    String(format: "%.2fx", value)
  }

  static func percent(_ share: Double) -> String {
    "\(DecimalText.plain((share * 100).rounded()))%"
  }

  static func overheadText(_ figures: EconomicsFigures) -> String {
    "\(DecimalText.plain(figures.overheadPercent))%"
  }
}
