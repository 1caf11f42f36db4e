/// "Did you mean $720,000?": a yearly pay or offer under $10,000 is more likely thousands
/// typed without their "k" than a year's pay, and a slip there costs money. Asked once, with
/// the app's one y/n question, before the figure is saved; either answer saves.
public struct FigureQuestion: Equatable, Sendable {
  /// What is waiting for the answer.
  public enum Pending: Equatable, Sendable {
    /// The prompt on screen: Enter again, with the figure the answer chose.
    case answer
    /// An offer's cell, estimate mark kept.
    case offerEntry(id: Int64, line: OfferLine, isEstimate: Bool)
  }

  public let typedCents: Int64
  public let pending: Pending

  /// Below $10,000 a year, in cents.
  public static let plausibleFromCents: Int64 = 1_000_000

  /// The question for a yearly figure of `cents`, or nil when it is plausible (or $0, which
  /// may be meant: no downstream revenue, no offer).
  public init?(yearlyCents cents: Int64, pending: Pending) {
    guard (1..<Self.plausibleFromCents).contains(cents) else { return nil }
    self.typedCents = cents
    self.pending = pending
  }

  public var suggestedCents: Int64 { typedCents * 1000 }

  public var message: String {
    "\(MoneyFormat.dollars(typedCents)) a year? Did you mean "
      + "\(MoneyFormat.dollars(suggestedCents))? y: yes · n: keep "
      + "\(MoneyFormat.dollars(typedCents))"
  }
}

extension PromptKind {
  /// A money prompt for a yearly figure: pay, revenue, an offer, a rung of the ladder. A
  /// rate per wRVU declares a small maximum, and is left alone.
  var asksForYearlyFigure: Bool {
    if case .money(let maximum) = self { return maximum > 10_000 }
    return false
  }
}

extension OfferLine {
  /// The line of an offer that is a year's pay: the one a slip of thousands costs most.
  var isYearlyPay: Bool { self == .salary }
}
