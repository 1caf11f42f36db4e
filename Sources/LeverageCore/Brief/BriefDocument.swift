/// The one page to read in the car park before the meeting, as plain values the Markdown
/// and HTML renderers and the coach's screen all read. Every string has had terminal
/// controls removed; each renderer still escapes it for its own syntax.
public struct BriefDocument: Equatable, Sendable {
  /// A figure on the offer ladder, as the brief shows it.
  public struct LadderRow: Equatable, Sendable {
    public var label: String
    /// `$520,000`, or `not set`.
    public var figure: String
    /// The reason behind the figure, or where an offer falls on the ladder.
    public var note: String?
  }

  public var title: String
  public var generatedOn: CalendarDate
  public var preparedFor: String?
  public var courseTitle: String

  public var valueStatement: String?
  /// At most three: the brief has room for the strongest, which the user lists first.
  public var dataPoints: [String]
  /// Production pay against pay, the revenue and the verdict drawn from it, in the words
  /// of the coach's economics panel and the summary.
  public var economics: [String]
  public var asks: [String]
  public var trades: [String]
  public var nonNegotiables: [String]
  /// Nil when the course has no ladder unit.
  public var ladder: OfferLadder?
  /// Anchor, target, walk-away and the alternative's worth, then the latest offer if any.
  public var ladderRows: [LadderRow]
  /// What the latest offer's place on the ladder means for the next move.
  public var ladderAdvice: String?
  public var ladderWarnings: [String]
  public var alternative: String?
  public var openingLine: String?
  public var questions: [String]
  public var calmLine: String?
  /// `"Our budget is fixed." I will say: …`, her first prepared replies in course order, as
  /// many as the printed page has room for.
  public var replies: [String]
  /// One line for each negotiation term the brief uses, for its foot.
  public var terms: [String]
  /// `Not answered yet: Step 6 · Clarity makes you assertive.` for each section that has
  /// nothing to show, so no section ever vanishes silently.
  public var notAnswered: [BriefSection: String]
}
