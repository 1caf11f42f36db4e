/// The parts of the one-page brief, in the order it reads. Every section but the ladder shows
/// the answer to one prompt, named in the course file's `brief` object.
public enum BriefSection: String, CaseIterable, Sendable {
  case valueStatement
  case dataPoints
  case economics
  case asks
  case trades
  case nonNegotiables
  case ladder
  case alternative
  case openingLine
  case questions
  case calmLine
  case replies

  public var heading: String {
    switch self {
    case .valueStatement: "My value"
    case .dataPoints: "Three data points"
    case .economics: "What my work brings in"
    case .asks: "My asks, most important first"
    case .trades: "What I can trade for them"
    case .nonNegotiables: "What I will not trade"
    case .ladder: "My offer ladder"
    case .alternative: "My best alternative"
    case .openingLine: "My opening line"
    case .questions: "Questions to ask, then listen"
    case .calmLine: "If it goes badly, I will say"
    case .replies: "If they say… I will say…"
    }
  }

  /// The field of the course's `brief` object naming the prompt, and the kind that prompt must
  /// be; nil for the ladder and the economics, which their units declare.
  var binding: (field: String, kind: PromptKindName)? {
    switch self {
    case .ladder, .economics, .replies: nil
    case .valueStatement, .alternative, .calmLine: (rawValue, .text)
    case .openingLine: (rawValue, .template)
    case .dataPoints, .asks, .trades, .nonNegotiables, .questions: (rawValue, .list)
    }
  }
}
