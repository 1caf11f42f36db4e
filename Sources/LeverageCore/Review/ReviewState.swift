import Foundation

/// The review screen: a search, filters, a window of matching answers and a selection.
/// Only a window of the results is ever held; the rest stays in the journal.
public struct ReviewState: Equatable, Sendable {
  public enum Mode: Equatable, Sendable {
    case list
    /// One answer in full, with the history of its prompt.
    case detail
    case confirmDelete
  }

  /// How many answers one read brings in: far more than a screen shows, far fewer than a
  /// long journal holds.
  public static let windowSize = 200

  public internal(set) var search = TextBuffer("", multiline: false)
  public internal(set) var isSearching = false
  public internal(set) var unitID: String?
  public internal(set) var period: ReviewPeriod = .allTime
  public internal(set) var latestOnly = false
  public internal(set) var page = ReviewPage(total: 0, offset: 0, answers: [])
  /// Index of the highlighted answer among all matches, not just the loaded window.
  public internal(set) var selection = 0
  public internal(set) var mode = Mode.list
  /// Every revision of the highlighted answer's prompt, oldest first, in the detail view.
  public internal(set) var history: [SavedAnswer] = [] { didSet { detailScroll = 0 } }
  /// The revision the detail view shows.
  public internal(set) var historySelection = 0 { didSet { detailScroll = 0 } }
  /// How far the detail view's answer is scrolled, in lines: another answer or revision
  /// starts at its top.
  public internal(set) var detailScroll = 0
  /// The last delete, which `u` can take back.
  public internal(set) var undo: DeletedAnswer?

  public init() {}

  /// The highlighted answer, when it is in the loaded window.
  public var selectedAnswer: SavedAnswer? {
    let index = selection - page.offset
    return page.answers.indices.contains(index) ? page.answers[index] : nil
  }

  /// The revision the detail view shows.
  public var shownRevision: SavedAnswer? {
    history.indices.contains(historySelection) ? history[historySelection] : selectedAnswer
  }

  func request(offset: Int) -> ReviewRequest {
    ReviewRequest(
      words: search.text, unitID: unitID, period: period, latestOnly: latestOnly,
      offset: offset, limit: Self.windowSize)
  }

  /// The window to load so the selection sits well inside it, or nil when it already does.
  func windowRequestIfNeeded() -> ReviewRequest? {
    let margin = Self.windowSize / 4
    let loadedEnd = page.offset + page.answers.count
    let nearStart = selection < page.offset + margin && page.offset > 0
    let nearEnd = selection >= loadedEnd - margin && loadedEnd < page.total
    guard nearStart || nearEnd || selection < page.offset || selection >= loadedEnd else {
      return nil
    }
    return request(offset: max(0, selection - Self.windowSize / 2))
  }
}

/// A delete that can still be undone: the prompt and the stamp its revisions were given.
public struct DeletedAnswer: Equatable, Sendable {
  public let key: PromptKey
  public let deletedAt: Date

  public init(key: PromptKey, deletedAt: Date) {
    self.key = key
    self.deletedAt = deletedAt
  }
}

/// How far back the review looks; the effect runner turns it into dates with its clock.
public enum ReviewPeriod: CaseIterable, Equatable, Sendable {
  case allTime
  case lastWeek
  case lastMonth
  case lastYear

  public var label: String {
    switch self {
    case .allTime: "all time"
    case .lastWeek: "last 7 days"
    case .lastMonth: "last 30 days"
    case .lastYear: "last 12 months"
    }
  }

  /// The earliest moment included, counted back from `now`.
  public func since(now: Date) -> Date? {
    let day = 86_400.0
    switch self {
    case .allTime: return nil
    case .lastWeek: return now.addingTimeInterval(-7 * day)
    case .lastMonth: return now.addingTimeInterval(-30 * day)
    case .lastYear: return now.addingTimeInterval(-365 * day)
    }
  }

  var next: ReviewPeriod {
    let all = Self.allCases
    let index = all.firstIndex(of: self) ?? 0
    return all[(index + 1) % all.count]
  }
}

/// A page of the review to read; the period becomes dates when the runner reads it.
public struct ReviewRequest: Equatable, Sendable {
  public var words: String
  public var unitID: String?
  public var period: ReviewPeriod
  public var latestOnly: Bool
  public var offset: Int
  public var limit: Int

  public func query(now: Date) -> ReviewQuery {
    ReviewQuery(words: words, unitID: unitID, since: period.since(now: now), latestOnly: latestOnly)
  }
}
