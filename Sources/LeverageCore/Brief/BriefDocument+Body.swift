extension BriefDocument {
  /// How a section's content is laid out, so the renderers and the screen walk it alike.
  public enum Body: Equatable, Sendable {
    case text(String)
    case items([String], ordered: Bool)
    case ladder
    /// Nothing to show, and where to answer it.
    case missing(String)
  }

  public func body(of section: BriefSection) -> Body {
    if let note = notAnswered[section] { return .missing(note) }
    let missing = Body.missing("Not answered yet.")
    switch section {
    case .valueStatement: return valueStatement.map(Body.text) ?? missing
    case .alternative: return alternative.map(Body.text) ?? missing
    case .openingLine: return openingLine.map(Body.text) ?? missing
    case .calmLine: return calmLine.map(Body.text) ?? missing
    case .dataPoints: return .items(dataPoints, ordered: true)
    case .economics: return .items(economics, ordered: false)
    case .asks: return .items(asks, ordered: true)
    case .trades: return .items(trades, ordered: false)
    case .nonNegotiables: return .items(nonNegotiables, ordered: false)
    case .questions: return .items(questions, ordered: false)
    case .replies: return .items(replies, ordered: false)
    case .ladder: return .ladder
    }
  }
}
