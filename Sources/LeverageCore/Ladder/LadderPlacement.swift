/// Where an offer falls on the user's ladder.
public enum LadderPlacement: Equatable, Sendable {
  case belowWalkAway
  case betweenWalkAwayAndTarget
  case atOrAboveTarget

  /// A few words for a table cell or a line of the brief.
  public var label: String {
    switch self {
    case .belowWalkAway: "below your walk-away"
    case .betweenWalkAwayAndTarget: "between walk-away and target"
    case .atOrAboveTarget: "at or above your target"
    }
  }

  /// At most 12 columns, for a cell of the offers table (the 13th is for the leader mark).
  public var shortLabel: String {
    switch self {
    case .belowWalkAway: "< walk-away"
    case .betweenWalkAwayAndTarget: "in range"
    case .atOrAboveTarget: "≥ target"
    }
  }

  /// What the placement means for the next move, in one line.
  public var advice: String {
    switch self {
    case .belowWalkAway:
      "Below your walk-away point: say your calm sentence and weigh your alternative."
    case .betweenWalkAwayAndTarget:
      "Inside your range: counter toward your target with your reasons."
    case .atOrAboveTarget:
      "At or above your target: check the terms beyond salary before you accept."
    }
  }
}
