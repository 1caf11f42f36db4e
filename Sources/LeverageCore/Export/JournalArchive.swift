import Foundation

/// The whole journal as JSON: every session and every revision of every answer, drafts and
/// the resume place left out. `leverage export --format json` writes it and `leverage import`
/// reads it back; the README documents the fields.
public struct JournalArchive: Codable, Equatable, Sendable {
  public static let schemaVersion = 1

  public struct Session: Codable, Equatable, Sendable {
    /// Numbered from 1 in order of start, so the same journal always exports the same ids.
    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?
  }

  public struct Answer: Codable, Equatable, Sendable {
    public var unitId: String
    public var promptId: String
    public var kind: String
    public var revision: Int
    public var createdAt: String
    public var deletedAt: String?
    public var sessionId: Int64?
    public var value: AnswerValue
  }

  /// What the user wrote and decided, not when the journal stored it: the same items export
  /// the same bytes from any journal, and merge by title.
  public struct ActionItem: Codable, Equatable, Sendable {
    public var title: String
    /// `YYYY-MM-DD`.
    public var dueDate: String?
    public var done: Bool
    public var deleted: Bool
  }

  /// An offer as the user filled it in, merged by name like action items by title.
  public struct Offer: Codable, Equatable, Sendable {
    public var name: String
    /// Keyed by `OfferLine` raw value: `salary`, `tailCost`...
    public var entries: [String: OfferEntry]
    public var deleted: Bool

    public init(name: String, entries: [OfferLine: OfferEntry], deleted: Bool) {
      self.name = name
      self.entries = Dictionary(uniqueKeysWithValues: entries.map { ($0.rawValue, $1) })
      self.deleted = deleted
    }

    /// The entries by line; validation has refused any key that names no line.
    var lineEntries: [OfferLine: OfferEntry] {
      Dictionary(
        uniqueKeysWithValues: entries.compactMap { key, entry in
          OfferLine(rawValue: key).map { ($0, entry) }
        })
    }
  }

  public var schemaVersion: Int
  public var sessions: [Session]
  /// Oldest first.
  public var answers: [Answer]
  /// In the order they were added; absent in archives from before action items.
  public var actionItems: [ActionItem]?
  /// In the order they were added; absent in archives from before offers.
  public var offers: [Offer]?

  public init(
    sessions: [Session], answers: [Answer], actionItems: [ActionItem] = [], offers: [Offer] = []
  ) {
    self.schemaVersion = Self.schemaVersion
    self.sessions = sessions
    self.answers = answers
    self.actionItems = actionItems
    self.offers = offers
  }

  /// Pretty, with sorted keys, so two exports of the same journal are the same bytes, and
  /// safe to print (`TerminalSafeJSON`).
  public func encoded() throws -> String {
    try TerminalSafeJSON.encode(self) + "\n"
  }

  /// Reads an archive, refusing one of another schema or one that is damaged, with a message
  /// that names `source` (a path) and never quotes the content.
  public static func decode(_ data: Data, source: String) throws(ArchiveError) -> JournalArchive {
    struct Header: Decodable { var schemaVersion: Int? }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: data)
    } catch {
      throw .damaged(path: source, detail: ArchiveError.describe(error))
    }
    guard let version = header.schemaVersion else { throw .notAnArchive(path: source) }
    guard version == schemaVersion else {
      throw .otherSchema(path: source, version: version)
    }
    let archive: JournalArchive
    do {
      archive = try JSONDecoder().decode(JournalArchive.self, from: data)
    } catch {
      throw .damaged(path: source, detail: ArchiveError.describe(error))
    }
    try archive.validate(source: source)
    return archive
  }

  private func validate(source: String) throws(ArchiveError) {
    var sessionIDs = Set<Int64>()
    for (index, session) in sessions.enumerated() {
      let place = "sessions[\(index)]"
      guard sessionIDs.insert(session.id).inserted else {
        throw .damaged(path: source, detail: "\(place) repeats id \(session.id)")
      }
      try Self.check(session.startedAt, at: "\(place).startedAt", source: source)
      try Self.check(session.finishedAt, at: "\(place).finishedAt", source: source)
    }
    for (index, answer) in answers.enumerated() {
      let place = "answers[\(index)]"
      guard !answer.unitId.isEmpty, !answer.promptId.isEmpty, !answer.kind.isEmpty else {
        throw .damaged(path: source, detail: "\(place) has an empty unitId, promptId or kind")
      }
      guard answer.revision >= 1 else {
        throw .damaged(path: source, detail: "\(place).revision is below 1")
      }
      if let sessionID = answer.sessionId, !sessionIDs.contains(sessionID) {
        throw .damaged(path: source, detail: "\(place).sessionId names no session")
      }
      try Self.check(answer.createdAt, at: "\(place).createdAt", source: source)
      try Self.check(answer.deletedAt, at: "\(place).deletedAt", source: source)
    }
    for (index, item) in (actionItems ?? []).enumerated() {
      let place = "actionItems[\(index)]"
      guard !item.title.allSatisfy(\.isWhitespace) else {
        throw .damaged(path: source, detail: "\(place).title is empty")
      }
      if let due = item.dueDate, CalendarDate(iso: due) == nil {
        throw .damaged(path: source, detail: "\(place).dueDate is not a day like 2026-03-01")
      }
    }
    for (index, offer) in (offers ?? []).enumerated() {
      try Self.check(offer, at: "offers[\(index)]", source: source)
    }
  }

  /// Only entries the comparison can use: a known line, the kind it takes, not negative.
  private static func check(_ offer: Offer, at place: String, source: String) throws(ArchiveError) {
    guard !offer.name.allSatisfy(\.isWhitespace) else {
      throw .damaged(path: source, detail: "\(place).name is empty")
    }
    for (key, entry) in offer.entries {
      guard let line = OfferLine(rawValue: key) else {
        throw .damaged(path: source, detail: "\(place).entries.\(key) names no offer line")
      }
      let fits =
        switch (line.kind, entry) {
        case (.money, .money(let cents, _)): cents >= 0
        case (.number, .number(let value, _)): value >= 0 && value.isFinite
        case (.text, .text): true
        default: false
        }
      guard fits else {
        throw .damaged(path: source, detail: "\(place).entries.\(key) does not fit its line")
      }
    }
  }

  private static func check(
    _ timestamp: String?, at place: String, source: String
  ) throws(ArchiveError) {
    guard let timestamp, ArchiveTimestamp.seconds(from: timestamp) == nil else { return }
    throw .damaged(
      path: source, detail: "\(place) is not a UTC time like 2026-03-01T09:00:00.000Z")
  }
}
