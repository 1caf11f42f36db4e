import Foundation
import GRDB

/// Merges an archive into the journal inside the caller's write transaction. Times are
/// compared in whole milliseconds, the precision archives carry.
struct ArchiveImporter {
  private struct Identity: Hashable {
    var unitId: String
    var promptId: String
    var createdAt: Int64
    var valueJSON: String
  }

  private let db: Database
  private let encoder = JournalJSON.encoder()
  private var present: Set<Identity> = []
  private var lastRevision: [PromptKey: Int] = [:]
  private var sessionsByStart: [Int64: Int64] = [:]

  init(_ db: Database) throws {
    self.db = db
    let rows = try Row.fetchCursor(
      db, sql: "SELECT unitId, promptId, createdAt, valueJSON, revision FROM answer")
    while let row = try rows.next() {
      let key = PromptKey(unitID: row["unitId"], promptID: row["promptId"])
      present.insert(
        Identity(
          unitId: key.unitID, promptId: key.promptID, createdAt: Self.millis(row["createdAt"]),
          valueJSON: row["valueJSON"]))
      lastRevision[key] = max(lastRevision[key] ?? 0, row["revision"])
    }
    let sessions = try Row.fetchCursor(db, sql: "SELECT id, startedAt FROM session")
    while let row = try sessions.next() {
      sessionsByStart[Self.millis(row["startedAt"])] = row["id"]
    }
  }

  mutating func run(_ archive: JournalArchive) throws -> ImportReport {
    var sessionIDs: [Int64: Int64] = [:]
    for session in archive.sessions {
      sessionIDs[session.id] = try localSession(
        startedAt: seconds(session.startedAt), finishedAt: session.finishedAt.map(seconds))
    }
    var report = ImportReport(added: 0, skipped: 0)
    var orphanSession: Int64?
    for answer in archive.answers {
      let valueJSON = try JournalJSON.encode(answer.value, with: encoder)
      let createdAt = try seconds(answer.createdAt)
      let identity = Identity(
        unitId: answer.unitId, promptId: answer.promptId, createdAt: Self.millis(createdAt),
        valueJSON: valueJSON)
      guard present.insert(identity).inserted else {
        report.skipped += 1
        continue
      }
      let key = PromptKey(unitID: answer.unitId, promptID: answer.promptId)
      let last = lastRevision[key] ?? 0
      let revision = answer.revision > last ? answer.revision : last + 1
      lastRevision[key] = revision
      let sessionID: Int64
      if let mapped = answer.sessionId.flatMap({ sessionIDs[$0] }) {
        sessionID = mapped
      } else if let orphanSession {
        sessionID = orphanSession
      } else {
        // Answers from an archive without sessions still need one; it starts with them.
        sessionID = try localSession(startedAt: createdAt, finishedAt: nil)
        orphanSession = sessionID
      }
      // One prepared statement for every row: building a record per row cost more than
      // the insert itself on large imports.
      try db.cachedStatement(sql: Self.insertSQL).execute(arguments: [
        sessionID, answer.unitId, answer.promptId, answer.kind, valueJSON,
        answer.value.searchText, revision, createdAt, try answer.deletedAt.map(seconds),
      ])
      report.added += 1
    }
    return report
  }

  private static let insertSQL = """
    INSERT INTO answer
      (sessionId, unitId, promptId, kind, valueJSON, searchText, revision, createdAt, deletedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// The journal's session that started at the same millisecond, or a new one.
  private mutating func localSession(startedAt: Double, finishedAt: Double?) throws -> Int64 {
    if let id = sessionsByStart[Self.millis(startedAt)] { return id }
    try db.execute(
      sql: "INSERT INTO session (startedAt, finishedAt) VALUES (?, ?)",
      arguments: [startedAt, finishedAt])
    sessionsByStart[Self.millis(startedAt)] = db.lastInsertedRowID
    return db.lastInsertedRowID
  }

  /// Archives are validated before import, so a bad time here is a programming error, but
  /// it still rolls the transaction back rather than trapping.
  private func seconds(_ text: String) throws -> Double {
    guard let seconds = ArchiveTimestamp.seconds(from: text) else {
      throw JournalError.other("An imported time is not valid; nothing was imported.")
    }
    return seconds
  }

  private static func millis(_ seconds: Double) -> Int64 {
    Int64((seconds * 1000).rounded())
  }
}
