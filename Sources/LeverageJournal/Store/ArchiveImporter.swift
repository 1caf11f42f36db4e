import Foundation
import GRDB
import LeverageCore

/// Merges an archive into the journal inside the caller's write transaction. Times are
/// compared in whole milliseconds, the precision archives carry. Revision numbers are never
/// taken from the archive: every prompt the import touches is numbered afresh by answer
/// time (`RevisionOrder`), so an older archive cannot make an old answer current.
struct ArchiveImporter {
  private struct Identity: Hashable {
    var unitId: String
    var promptId: String
    var createdAt: Int64
    var valueJSON: String
  }

  /// An answer already in the journal, as the numbering needs it.
  private struct Stored {
    var id: Int64
    var entry: RevisionOrder.Entry
  }

  /// An archived answer the journal lacks, ready to insert once numbered.
  private struct Pending {
    var key: PromptKey
    var sessionID: Int64
    var kind: String
    var searchText: String
    var createdAt: Double
    var deletedAt: Double?
    var entry: RevisionOrder.Entry
  }

  private let db: Database
  private let encoder = JournalJSON.encoder()
  private var present: Set<Identity> = []
  private var stored: [PromptKey: [Stored]] = [:]
  private var sessionsByStart: [Int64: Int64] = [:]

  init(_ db: Database) throws {
    self.db = db
    let rows = try Row.fetchCursor(
      db, sql: "SELECT id, unitId, promptId, createdAt, valueJSON, revision FROM answer")
    while let row = try rows.next() {
      let key = PromptKey(unitID: row["unitId"], promptID: row["promptId"])
      let entry = RevisionOrder.Entry(
        createdAt: row["createdAt"], revision: row["revision"], valueJSON: row["valueJSON"])
      present.insert(
        Identity(
          unitId: key.unitID, promptId: key.promptID, createdAt: Self.millis(entry.createdAt),
          valueJSON: entry.valueJSON))
      stored[key, default: []].append(Stored(id: row["id"], entry: entry))
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
    let pending = try newAnswers(of: archive, sessionIDs: sessionIDs)
    let revisions = try number(pending)
    // One prepared statement for every row: building a record per row cost more than
    // the insert itself on large imports.
    let insert = try db.cachedStatement(sql: Self.insertSQL)
    for (answer, revision) in zip(pending, revisions) {
      try insert.execute(arguments: [
        answer.sessionID, answer.key.unitID, answer.key.promptID, answer.kind,
        answer.entry.valueJSON, answer.searchText, revision, answer.createdAt, answer.deletedAt,
      ])
    }
    return ImportReport(added: pending.count, skipped: archive.answers.count - pending.count)
  }

  /// The archive's answers the journal does not have yet, in the archive's order.
  private mutating func newAnswers(
    of archive: JournalArchive, sessionIDs: [Int64: Int64]
  ) throws -> [Pending] {
    var pending: [Pending] = []
    var orphanSession: Int64?
    for answer in archive.answers {
      let valueJSON = try JournalJSON.encode(answer.value, with: encoder)
      let createdAt = try seconds(answer.createdAt)
      let identity = Identity(
        unitId: answer.unitId, promptId: answer.promptId, createdAt: Self.millis(createdAt),
        valueJSON: valueJSON)
      guard present.insert(identity).inserted else { continue }
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
      pending.append(
        Pending(
          key: PromptKey(unitID: answer.unitId, promptID: answer.promptId),
          sessionID: sessionID, kind: answer.kind, searchText: answer.value.searchText,
          createdAt: createdAt, deletedAt: try answer.deletedAt.map(seconds),
          entry: RevisionOrder.Entry(
            createdAt: createdAt, revision: answer.revision, valueJSON: valueJSON)))
    }
    return pending
  }

  /// Numbers each touched prompt's revisions, old and new together, renumbering the rows
  /// already stored where their place changed; returns the new answers' numbers.
  private func number(_ pending: [Pending]) throws -> [Int] {
    var indexesByKey: [PromptKey: [Int]] = [:]
    for (index, answer) in pending.enumerated() {
      indexesByKey[answer.key, default: []].append(index)
    }
    var revisions = Array(repeating: 0, count: pending.count)
    var changes: [(id: Int64, revision: Int)] = []
    for (key, indexes) in indexesByKey {
      let existing = stored[key] ?? []
      let numbers = RevisionOrder.numbers(
        for: existing.map(\.entry) + indexes.map { pending[$0].entry })
      for (row, number) in zip(existing, numbers) where number != row.entry.revision {
        changes.append((row.id, number))
      }
      for (index, number) in zip(indexes, numbers.dropFirst(existing.count)) {
        revisions[index] = number
      }
    }
    try RevisionOrder.renumber(changes, in: db)
    return revisions
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

  /// Saturates rather than traps on a time no archive can hold (a journal edited by hand).
  private static func millis(_ seconds: Double) -> Int64 {
    let millis = (seconds * 1000).rounded()
    guard millis.isFinite else { return millis > 0 ? .max : .min }
    return Int64(exactly: millis) ?? (millis > 0 ? .max : .min)
  }
}
