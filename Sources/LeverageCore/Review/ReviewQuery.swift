import Foundation

/// What the review lists: answers matching some words, in one unit, in a date range.
public struct ReviewQuery: Equatable, Sendable {
  public var words: String
  public var unitID: String?
  /// Inclusive.
  public var since: Date?
  /// Exclusive.
  public var until: Date?
  /// Only the latest revision of each prompt, not the earlier ones.
  public var latestOnly: Bool

  public init(
    words: String = "", unitID: String? = nil, since: Date? = nil, until: Date? = nil,
    latestOnly: Bool = false
  ) {
    self.words = words
    self.unitID = unitID
    self.since = since
    self.until = until
    self.latestOnly = latestOnly
  }
}

/// A window of matching answers, newest first, and how many match in all.
public struct ReviewPage: Equatable, Sendable {
  public var total: Int
  public var offset: Int
  public var answers: [SavedAnswer]

  public init(total: Int, offset: Int, answers: [SavedAnswer]) {
    self.total = total
    self.offset = offset
    self.answers = answers
  }
}
