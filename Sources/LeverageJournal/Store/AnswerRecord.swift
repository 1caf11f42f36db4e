import Foundation
import GRDB
import LeverageCore

/// A row of `answer`: one revision, never updated except to mark it deleted.
struct AnswerRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "answer"

  var id: Int64?
  var sessionId: Int64
  var unitId: String
  var promptId: String
  var kind: String
  var valueJSON: String
  var searchText: String
  var revision: Int
  var createdAt: Double
  var deletedAt: Double?

  /// Counts deleted revisions too, since (unitId, promptId, revision) is unique. Revisions
  /// never exceed the prompt's count of rows (`RevisionOrder`), so the sum cannot overflow;
  /// should a journal edited by hand say otherwise, the save fails rather than traps.
  static func nextRevision(of key: PromptKey, in db: Database) throws -> Int {
    let request = of(key).select(max(Column("revision")), as: Int.self)
    let (next, overflow) = (try request.fetchOne(db) ?? 0).addingReportingOverflow(1)
    if overflow {
      throw JournalError.other(
        "A revision number in the journal is out of range; nothing was saved.")
    }
    return next
  }

  /// The newest answer time of the prompt, deleted revisions included, so a new save can be
  /// stamped after it: a clock set back must not leave the answer just typed behind.
  static func newestTime(of key: PromptKey, in db: Database) throws -> Double? {
    try of(key).select(max(Column("createdAt")), as: Double.self).fetchOne(db)
  }

  /// The latest live revision of every prompt: the highest revision, which is the newest
  /// answer by time (`RevisionOrder`). SQLite takes the other columns from the row holding
  /// the MAX, and the partial index on (unitId, promptId, revision) answers it on its own.
  static func latest(in db: Database) throws -> [AnswerRecord] {
    try fetchAll(
      db,
      sql: """
        SELECT answer.* FROM answer
        JOIN (
          SELECT id, MAX(revision) FROM answer WHERE deletedAt IS NULL GROUP BY unitId, promptId
        ) AS latest USING (id)
        ORDER BY createdAt, id
        """)
  }

  /// The latest live revision of each of `keys`: one index seek per prompt, where `latest`
  /// walks the whole index (12 ms at 100,000 answers, a third of the coach's start).
  static func latest(of keys: [PromptKey], in db: Database) throws -> [AnswerRecord] {
    let statement = try db.cachedStatement(
      sql: """
        SELECT * FROM answer WHERE unitId = ? AND promptId = ? AND deletedAt IS NULL
        ORDER BY revision DESC LIMIT 1
        """)
    return try keys.compactMap { key in
      try fetchOne(statement, arguments: [key.unitID, key.promptID])
    }
  }

  /// Oldest first.
  static func revisions(of key: PromptKey, in db: Database) throws -> [AnswerRecord] {
    try of(key).filter(Column("deletedAt") == nil).order(Column("revision")).fetchAll(db)
  }

  /// The newest `limit` revisions, newest first: one seek down the partial index.
  static func newestRevisions(of key: PromptKey, limit: Int, in db: Database) throws
    -> [AnswerRecord]
  {
    try of(key).filter(Column("deletedAt") == nil).order(Column("revision").desc).limit(limit)
      .fetchAll(db)
  }

  private static func of(_ key: PromptKey) -> QueryInterfaceRequest<AnswerRecord> {
    filter(Column("unitId") == key.unitID && Column("promptId") == key.promptID)
  }

  /// Nil when the kind or the value cannot be read (a later Leverage's), so one unreadable
  /// row does not hide the others.
  func savedAnswer(_ decoder: JSONDecoder) -> SavedAnswer? {
    guard let id, let kind = PromptKindName(rawValue: kind),
      let value = JournalJSON.decode(AnswerValue.self, from: valueJSON, with: decoder)
    else {
      return nil
    }
    return SavedAnswer(
      id: id, key: PromptKey(unitID: unitId, promptID: promptId), kind: kind, value: value,
      revision: revision, createdAt: Date(timeIntervalSince1970: createdAt))
  }
}

extension AnswerRecord {
  /// Read column by column, not through `Decodable`, which cost a quarter of a listing of
  /// the whole journal. In an extension, so the memberwise initializer stays.
  init(row: Row) {
    self.init(
      id: row["id"], sessionId: row["sessionId"], unitId: row["unitId"],
      promptId: row["promptId"], kind: row["kind"], valueJSON: row["valueJSON"],
      searchText: row["searchText"], revision: row["revision"], createdAt: row["createdAt"],
      deletedAt: row["deletedAt"])
  }
}
