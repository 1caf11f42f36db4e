/// The one-page summary a user takes into the meeting, as a model both the Markdown and the
/// HTML renderers read, so the two never disagree. Every string in it has had terminal
/// controls removed; each renderer still escapes it for its own syntax.
public struct SummaryDocument: Equatable, Sendable {
  public var title: String
  public var date: CalendarDate
  public var preparedFor: String?
  public var courseTitle: String
  public var sections: [Section]

  public struct Section: Equatable, Sendable {
    public var heading: String
    public var groups: [Group]
  }

  /// A unit of the course, or one part of a section such as the economics.
  public struct Group: Equatable, Sendable {
    public var heading: String?
    public var entries: [Entry]
    /// Shown when there are no entries, such as "No answers yet."
    public var emptyNote: String?
  }

  /// A question (or a plan item) and what the user answered.
  public struct Entry: Equatable, Sendable {
    public var label: String?
    public var content: Content
  }

  public enum Content: Equatable, Sendable {
    /// The user's words, line breaks kept.
    case text(String)
    case items([String], ordered: Bool)
    case checklist([CheckItem])
    /// Lines worked out by Leverage, such as the sums behind the economics.
    case figures([String])
    /// Offers side by side: a column an offer, a row a line.
    case table(Table)
    /// Action items with how each stands on the summary's date.
    case actions([ActionLine])
    case missing
  }

  public struct Table: Equatable, Sendable {
    /// The offers' names, one a column.
    public var columns: [String]
    public var rows: [TableRow]
  }

  public struct TableRow: Equatable, Sendable {
    public var label: String
    /// One a column, each figure with its unit; nil where the offer has none.
    public var cells: [String?]
    /// The column that leads on this row, if one does.
    public var leader: Int?
    /// The yearly total, which the comparison comes down to.
    public var isTotal: Bool
  }

  public struct ActionLine: Equatable, Sendable {
    public var title: String
    /// "overdue by 2 days (2026-02-28)", "due in 3 days (2026-03-05)", "done"; nil for an
    /// open item without a date.
    public var status: String?
    /// Overdue or due within `ActionItemsDigest.soonDays`: shown so it stands out.
    public var isUrgent: Bool
  }

  public struct CheckItem: Equatable, Sendable {
    public var text: String
    public var done: Bool
  }

  public static let notAnswered = "Not answered yet."
}
