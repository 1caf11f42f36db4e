/// The economics as the physician would say them in the meeting: what her work brings in
/// first, then her pay and break-even beside it. A verdict comes only from collections she
/// gave; an estimate is shown as the range it is, never as a conclusion against her.
extension EconomicsCalculator {
  public static func brief(of figures: EconomicsFigures) -> [String] {
    [downstreamClaim(figures), productionClaim(figures), revenueClaim(figures)]
      .compactMap { $0 } + [payAndBreakEven(figures)] + [verdictClaim(figures)].compactMap { $0 }
  }

  /// Her own figure when she gave one, else her specialty's published average, named so.
  private static func downstreamClaim(_ figures: EconomicsFigures) -> String? {
    if let cents = figures.downstreamCents {
      return "Hospital revenue my work brings in beyond my own billing: \(dollars(cents)) a "
        + "year, my figure."
    }
    guard let specialty = figures.specialty.figures, let published = specialty.downstream
    else { return nil }
    return "Hospital revenue per physician in \(published.measured): "
      + "\(dollars(published.cents)) on average (\(published.source), \(published.year) data)."
  }

  private static func productionClaim(_ figures: EconomicsFigures) -> String? {
    if let production = figures.productionPay {
      return "My production: \(wRVUText(production.wRVUs)) wRVUs a year, "
        + "\(dollars(production.cents)) at my contract's "
        + "\(MoneyFormat.dollars(production.rateCents)) per wRVU."
    }
    return figures.estimate.map { "My production: \(wRVUText($0.wRVUs)) wRVUs a year." }
  }

  private static func revenueClaim(_ figures: EconomicsFigures) -> String? {
    if let revenue = figures.revenue {
      switch revenue.basis {
      case .stated:
        return "My professional collections: \(dollars(revenue.cents)) a year."
      case .collectionsPerWRVU(let wRVUs, let rateCents):
        return "What the practice collects for my work: \(dollars(revenue.cents)) a year "
          + "(\(wRVUText(wRVUs)) wRVUs × \(MoneyFormat.dollars(rateCents)) per wRVU)."
      }
    }
    return figures.estimate.map { range in
      "What my work bills, estimated: \(dollars(range.lowCents)) to "
        + "\(dollars(range.highCents)) a year, from Medicare to commercial rates for "
        + "\(range.setting.name); an estimate until I see the practice's numbers."
    }
  }

  private static func payAndBreakEven(_ figures: EconomicsFigures) -> String {
    let pay = "My pay: \(dollars(figures.payCents)) a year"
    let kept = 1 - figures.overheadPercent / 100
    guard kept > 0, let breakEven = Int64(exactly: (Double(figures.payCents) / kept).rounded())
    else { return pay + "." }
    return pay + "; break-even at \(overheadText(figures)) overhead: \(dollars(breakEven))."
  }

  /// A verdict only from collections she gave, in her voice.
  private static func verdictClaim(_ figures: EconomicsFigures) -> String? {
    guard let report = report(for: figures) else { return nil }
    return switch report.verdict {
    case .belowBreakEven:
      "On my collections, my revenue does not yet cover my pay plus its share of overhead."
    case .belowRuleOfThumb:
      "On my collections, I am above break-even, under the 1.5-2x rule of thumb."
    case .withinRuleOfThumb:
      "On my collections, I am within the 1.5-2x rule of thumb and above break-even."
    case .aboveRuleOfThumb:
      "On my collections, I am above the 1.5-2x rule of thumb."
    }
  }
}
