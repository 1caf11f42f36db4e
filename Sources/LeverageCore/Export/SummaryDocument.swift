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
    case missing
  }

  public struct CheckItem: Equatable, Sendable {
    public var text: String
    public var done: Bool
  }

  public static let notAnswered = "Not answered yet."
}
