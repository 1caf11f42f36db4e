import Foundation

/// A validated answer, as stored in the journal (JSON) and shown in reviews and exports.
public enum AnswerValue: Equatable, Sendable {
  case text(String)
  case list([String])
  case choice(selected: [String], other: String?)
  case scale(Int)
  /// Whole cents, so sums never drift.
  case money(cents: Int64)
  case percent(Double)
  case number(Double)
  case date(CalendarDate)
  /// Blank name to the text filled in, in the template's order.
  case template([TemplateFill])
}

public struct TemplateFill: Equatable, Sendable, Codable {
  public var blank: String
  public var text: String

  public init(blank: String, text: String) {
    self.blank = blank
    self.text = text
  }
}

/// A day on the calendar, free of time zones.
public struct CalendarDate: Equatable, Hashable, Comparable, Sendable, Codable {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

/// What the user has typed into a prompt's widget, before validation. Drafts are saved in
/// this form so a half-typed answer, even an invalid one, comes back exactly.
public enum PromptInput: Equatable, Sendable {
  case text(String)
  case list([String])
  /// Indexes into the options that are ticked, and the "other" text (ticked when not empty).
  case choice(selected: [Int], other: String)
  case scale(Int?)
  /// The raw text of a one-line field: money, percent, number or date.
  case field(String)
  /// One text per blank, in the template's order.
  case template([String])
}
