import Foundation

/// The user's offer ladder, read from their answers: the walk-away point, the target and the
/// opening anchor, each with its reason, what the best alternative is worth, and the latest
/// offer recorded in a debrief. Figures are yearly totals in cents.
public struct OfferLadder: Equatable, Sendable {
  public struct Rung: Equatable, Sendable {
    public var cents: Int64?
    /// Nil when the user gave none; never an empty string.
    public var reason: String?

    public init(cents: Int64?, reason: String?) {
      self.cents = cents
      self.reason = reason
    }
  }

  public var walkAway: Rung
  public var target: Rung
  public var anchor: Rung
  public var alternativeWorthCents: Int64?
  /// What the other side offered, from the latest debrief.
  public var latestOfferCents: Int64?
  /// What the user is paid now, from the economics of their role.
  public var currentPayCents: Int64?
  /// Offers from elsewhere in the offers table, with their yearly totals.
  public var outsideOffers: [OutsideOffer]

  public struct OutsideOffer: Equatable, Sendable {
    public var name: String
    public var totalCents: Int64

    public init(name: String, totalCents: Int64) {
      self.name = name
      self.totalCents = totalCents
    }
  }

  public init(
    walkAway: Rung, target: Rung, anchor: Rung, alternativeWorthCents: Int64? = nil,
    latestOfferCents: Int64? = nil, currentPayCents: Int64? = nil,
    outsideOffers: [OutsideOffer] = []
  ) {
    self.walkAway = walkAway
    self.target = target
    self.anchor = anchor
    self.alternativeWorthCents = alternativeWorthCents
    self.latestOfferCents = latestOfferCents
    self.currentPayCents = currentPayCents
    self.outsideOffers = outsideOffers
  }

  /// The ladder as answered so far; nil when the course has no ladder unit. `offers` are the
  /// offers table's: every one but the current job is an alternative the ladder is checked
  /// against, by its yearly total over the default horizon.
  public init?(course: Course, answers: [PromptKey: AnswerValue], offers: [Offer] = []) {
    guard let (unit, inputs) = course.ladderUnit else { return nil }
    func answer(_ id: String?) -> AnswerValue? {
      id.flatMap { answers[PromptKey(unitID: unit.id, promptID: $0)] }
    }
    func cents(_ id: String?) -> Int64? {
      if case .money(let cents)? = answer(id) { cents } else { nil }
    }
    func reason(_ id: String) -> String? {
      guard case .text(let text)? = answer(id) else { return nil }
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      return trimmed.isEmpty ? nil : trimmed
    }
    var offer: Int64?
    if let (debrief, debriefInputs) = course.debriefUnit,
      case .money(let cents)? = answers[
        PromptKey(unitID: debrief.id, promptID: debriefInputs.offered)]
    {
      offer = cents
    }
    self.init(
      walkAway: Rung(cents: cents(inputs.walkAway), reason: reason(inputs.walkAwayReason)),
      target: Rung(cents: cents(inputs.target), reason: reason(inputs.targetReason)),
      anchor: Rung(cents: cents(inputs.anchor), reason: reason(inputs.anchorReason)),
      alternativeWorthCents: cents(inputs.alternativeWorth), latestOfferCents: offer,
      currentPayCents: course.economicsFigures(answers: answers)?.payCents,
      outsideOffers: offers.filter { !$0.isCurrentJob }.map {
        OutsideOffer(
          name: $0.name,
          totalCents: AnnualisedOffer($0, horizonYears: OfferComparison.defaultHorizonYears)
            .annualisedTotalCents)
      })
  }

  /// Offers can be placed once both the walk-away point and the target are set.
  public var canPlaceOffers: Bool { walkAway.cents != nil && target.cents != nil }

  /// Where an offer of `cents` a year falls; nil until both the walk-away point and the
  /// target are set.
  public func placement(ofCents cents: Int64) -> LadderPlacement? {
    guard let walkAway = walkAway.cents, let target = target.cents else { return nil }
    if cents < walkAway { return .belowWalkAway }
    if cents < target { return .betweenWalkAwayAndTarget }
    return .atOrAboveTarget
  }

  public var latestOfferPlacement: LadderPlacement? {
    latestOfferCents.flatMap(placement(ofCents:))
  }

  /// What is inconsistent or missing in the ladder, most serious first. Notes, never
  /// blocks: the user may have reasons the figures do not show.
  public var warnings: [LadderWarning] {
    var warnings: [LadderWarning] = []
    if let walkAway = walkAway.cents, let alternative = alternativeWorthCents {
      if walkAway > alternative {
        warnings.append(.walkAwayAboveAlternative(walkAway: walkAway, alternative: alternative))
      } else if walkAway < alternative {
        warnings.append(.walkAwayBelowAlternative(walkAway: walkAway, alternative: alternative))
      }
    }
    if let walkAway = walkAway.cents,
      let best = outsideOffers.max(by: { $0.totalCents < $1.totalCents }),
      best.totalCents > walkAway
    {
      warnings.append(
        .offerAboveWalkAway(name: best.name, total: best.totalCents, walkAway: walkAway))
    }
    if let walkAway = walkAway.cents, let target = target.cents, walkAway > target {
      warnings.append(.walkAwayAboveTarget(walkAway: walkAway, target: target))
    }
    if let anchor = anchor.cents, let target = target.cents, anchor < target {
      warnings.append(.anchorBelowTarget(anchor: anchor, target: target))
    }
    if let target = target.cents, let pay = currentPayCents, target < pay {
      warnings.append(.targetBelowCurrentPay(target: target, pay: pay))
    }
    if anchor.cents != nil, anchor.reason == nil {
      warnings.append(.anchorWithoutReason)
    }
    return warnings
  }

  /// No figure set yet: nothing to draw.
  public var isEmpty: Bool {
    walkAway.cents == nil && target.cents == nil && anchor.cents == nil
      && alternativeWorthCents == nil && latestOfferCents == nil
  }
}
