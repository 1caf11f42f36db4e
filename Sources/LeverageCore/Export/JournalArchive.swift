import Foundation

/// The whole journal as JSON: every session and every revision of every answer, the action
/// items, the offers and the prompts moved past, drafts and the resume place left out.
/// `leverage export --format json` writes it and `leverage import` reads it back, piece by
/// piece (`ArchiveReader`); the README documents the fields.
public struct JournalArchive: Codable, Equatable, Sendable {
  public static let schemaVersion = 1

  public struct Session: Codable, Equatable, Sendable {
    /// Numbered from 1 in order of start, so the same journal always exports the same ids.
    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?

    package init(id: Int64, startedAt: String, finishedAt: String?) {
      self.id = id
      self.startedAt = startedAt
      self.finishedAt = finishedAt
    }
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

    package init(
      unitId: String, promptId: String, kind: String, revision: Int, createdAt: String,
      deletedAt: String?, sessionId: Int64?, value: AnswerValue
    ) {
      self.unitId = unitId
      self.promptId = promptId
      self.kind = kind
      self.revision = revision
      self.createdAt = createdAt
      self.deletedAt = deletedAt
      self.sessionId = sessionId
      self.value = value
    }
  }

  /// What the user wrote and decided, not when the journal stored it: the same items export
  /// the same bytes from any journal, and merge by title.
  public struct ActionItem: Codable, Equatable, Sendable {
    public var title: String
    /// `YYYY-MM-DD`.
    public var dueDate: String?
    public var done: Bool
    public var deleted: Bool

    package init(title: String, dueDate: String?, done: Bool, deleted: Bool) {
      self.title = title
      self.dueDate = dueDate
      self.done = done
      self.deleted = deleted
    }
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
    package var lineEntries: [OfferLine: OfferEntry] {
      Dictionary(
        uniqueKeysWithValues: entries.compactMap { key, entry in
          OfferLine(rawValue: key).map { ($0, entry) }
        })
    }
  }

  /// An optional prompt the user moved past empty, which counts as done.
  public struct Skip: Codable, Equatable, Sendable {
    public var unitId: String
    public var promptId: String

    public init(unitId: String, promptId: String) {
      self.unitId = unitId
      self.promptId = promptId
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
  /// By unit and prompt id; absent in archives from before skip marks.
  public var skipped: [Skip]?

  public init(
    sessions: [Session], answers: [Answer], actionItems: [ActionItem] = [], offers: [Offer] = [],
    skipped: [Skip] = []
  ) {
    self.schemaVersion = Self.schemaVersion
    self.sessions = sessions
    self.answers = answers
    self.actionItems = actionItems
    self.offers = offers
    self.skipped = skipped
  }

  /// Pretty, with sorted keys, so two exports of the same journal are the same bytes, and
  /// safe to print (`TerminalSafeJSON`).
  public func encoded() throws -> String {
    try TerminalSafeJSON.encode(self) + "\n"
  }

  /// Reads an archive held in memory, refusing one of another schema, one that is damaged,
  /// or one holding any value the coach would not save, with a message that names `source`
  /// (a path) and the first problem's place, and never quotes the content: the same two
  /// passes of `ArchiveReader` as an import from a file.
  public static func decode(
    _ data: Data, source: String, course: Course, now: Date = Date()
  ) throws(ArchiveError) -> JournalArchive {
    var reader = ArchiveReader(source: source, course: course, now: now)
    try scan(data, source: source) { piece throws(ArchiveError) in try reader.readOutline(piece) }
    var archive = try reader.outline()
    var answers: [Answer] = []
    try scan(data, source: source) { piece throws(ArchiveError) in
      if let answer = try reader.answer(piece) { answers.append(answer) }
    }
    try reader.finish()
    archive.answers = answers
    return archive
  }

  private static func scan(
    _ data: Data, source: String, _ body: (ArchiveScanner.Piece) throws(ArchiveError) -> Void
  ) throws(ArchiveError) {
    var scanner = ArchiveScanner()
    do {
      try data.withUnsafeBytes { bytes in
        try scanner.feed(bytes.bindMemory(to: UInt8.self)) { piece in try body(piece) }
      }
      try scanner.finish()
    } catch let error as ArchiveError {
      throw error
    } catch let failure as ArchiveScanner.Failure {
      throw .damaged(path: source, detail: failure.detail)
    } catch {
      throw .damaged(path: source, detail: "unreadable JSON")
    }
  }

  /// Why `leverage import` would refuse this archive, in one line, or nil: an export says it
  /// before writing, since a journal an older Leverage filled can hold what the coach now
  /// refuses. `now` is the real clock.
  public func importProblem(course: Course, now: Date = Date()) -> String? {
    var check = ArchiveImportCheck(course: course, archive: self, now: now)
    for answer in answers { check.add(answer) }
    return check.problem
  }
}
