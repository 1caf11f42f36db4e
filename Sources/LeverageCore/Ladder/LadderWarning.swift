import PlainText

/// Something on the ladder that will weaken the user's hand, with what to do about it.
public enum LadderWarning: Equatable, Sendable {
  case walkAwayAboveAlternative(walkAway: Int64, alternative: Int64)
  case walkAwayBelowAlternative(walkAway: Int64, alternative: Int64)
  case offerAboveWalkAway(name: String, total: Int64, walkAway: Int64)
  case walkAwayAboveTarget(walkAway: Int64, target: Int64)
  case targetBelowCurrentPay(target: Int64, pay: Int64)
  case anchorBelowTarget(anchor: Int64, target: Int64)
  case anchorWithoutReason

  /// Whether the warning is about the anchor, so the anchor's prompts can show it first.
  public var concernsAnchor: Bool {
    switch self {
    case .anchorBelowTarget, .anchorWithoutReason: true
    case .walkAwayAboveAlternative, .walkAwayBelowAlternative, .offerAboveWalkAway,
      .walkAwayAboveTarget, .targetBelowCurrentPay:
      false
    }
  }

  public var message: String {
    switch self {
    case .walkAwayAboveAlternative(let walkAway, let alternative):
      "Your walk-away (\(MoneyFormat.dollars(walkAway))) is above what your alternative is "
        + "worth (\(MoneyFormat.dollars(alternative))): you could refuse a deal better than "
        + "your fallback."
    case .walkAwayBelowAlternative(let walkAway, let alternative):
      "Your walk-away (\(MoneyFormat.dollars(walkAway))) is below what your alternative is "
        + "worth (\(MoneyFormat.dollars(alternative))): you could accept a deal worse than "
        + "your fallback."
    case .offerAboveWalkAway(let name, let total, let walkAway):
      "\(PlainText.oneLine(name)) totals \(MoneyFormat.dollars(total)) a year, above your "
        + "walk-away of \(MoneyFormat.dollars(walkAway)): with that offer in hand, your "
        + "walk-away may be too low."
    case .targetBelowCurrentPay(let target, let pay):
      "Your target (\(MoneyFormat.dollars(target))) is below your pay now "
        + "(\(MoneyFormat.dollars(pay))): aim at least for what you earn, unless you are "
        + "trading pay for something."
    case .walkAwayAboveTarget(let walkAway, let target):
      "Walk-away \(MoneyFormat.dollars(walkAway)) is above your target of "
        + "\(MoneyFormat.dollars(target)): swap or rethink them."
    case .anchorBelowTarget(let anchor, let target):
      "Anchor \(MoneyFormat.dollars(anchor)) is below your target of "
        + "\(MoneyFormat.dollars(target)): open at or above it."
    case .anchorWithoutReason:
      "Your anchor has no reason behind it: name the data that supports it."
    }
  }
}
