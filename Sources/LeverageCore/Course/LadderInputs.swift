/// Prompt ids (within the same unit) holding the offer ladder: three figures, each with the
/// reason behind it, and what the best alternative is worth.
public struct LadderInputs: Equatable, Sendable {
  public var alternativeWorth: String?
  public var walkAway: String
  public var walkAwayReason: String
  public var target: String
  public var targetReason: String
  public var anchor: String
  public var anchorReason: String

  public init(
    alternativeWorth: String?, walkAway: String, walkAwayReason: String, target: String,
    targetReason: String, anchor: String, anchorReason: String
  ) {
    self.alternativeWorth = alternativeWorth
    self.walkAway = walkAway
    self.walkAwayReason = walkAwayReason
    self.target = target
    self.targetReason = targetReason
    self.anchor = anchor
    self.anchorReason = anchorReason
  }
}

/// Prompt ids (within the same unit) of the after-the-meeting debrief: the offer made, the
/// cues seen and the next steps, which become action items.
public struct DebriefInputs: Equatable, Sendable {
  public var offered: String
  public var cues: String
  public var nextSteps: String

  public init(offered: String, cues: String, nextSteps: String) {
    self.offered = offered
    self.cues = cues
    self.nextSteps = nextSteps
  }
}
