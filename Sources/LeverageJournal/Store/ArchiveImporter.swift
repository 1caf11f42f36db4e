import Foundation
import GRDB
import LeverageCore

/// Merges an archive into the journal inside the caller's write transaction, one answer at
/// a time, holding none of them: whether an answer is already there is asked of the journal
/// (by the `createdAt` index), so the answers an import added are found too. Times are
/// compared in whole milliseconds, the precision archives carry. Revision numbers are never
/// taken from the archive: an answer newer than every revision of its prompt takes the next
/// number; any other makes `finish` number its prompt afresh by answer time
/// (`RevisionOrder`), so an older archive cannot make an old answer current.
struct ArchiveImporter {
  private let db: Database
  private let encoder = JournalJSON.encoder()
  /// The archive's session ids, as the journal numbers them.
  private var sessionIDs: [Int64: Int64] = [:]
  private var sessionsByStart: [Int64: Int64] = [:]
  private var orphanSession: Int64?
  /// Where each touched prompt's newest revision is while answers arrive in order.
  private var newest: [PromptKey: Newest] = [:]
  /// Prompts that took an answer out of order: numbered afresh by `finish`.
  private var unordered: Set<PromptKey> = []
  /// The number each new row had in the archive, which breaks ties of time.
  private var archiveRevisions: [Int64: Int] = [:]
  /// Far below the `-id` that renumbering parks rows at, so the two never meet.
  private var nextTemporaryRevision: Int64 = -(1 << 40)
  private(set) var added = 0
  private(set) var skipped = 0

  /// Maps the archive's sessions onto the journal's, adding those it lacks.
  init(_ db: Database, sessions: [JournalArchive.Session]) throws {
    self.db = db
    let rows = try Row.fetchCursor(db, sql: "SELECT id, startedAt FROM session")
    while let row = try rows.next() {
      sessionsByStart[Self.millis(row["startedAt"])] = row["id"]
    }
    for session in sessions {
      sessionIDs[session.id] = try localSession(
        startedAt: seconds(session.startedAt), finishedAt: session.finishedAt.map(seconds))
    }
  }

  /// Adds `answer` unless a revision of its prompt has the same time and value.
  mutating func add(_ answer: JournalArchive.Answer) throws {
    let valueJSON = try JournalJSON.encode(answer.value, with: encoder)
    let createdAt = try seconds(answer.createdAt)
    let key = PromptKey(unitID: answer.unitId, promptID: answer.promptId)
    if try isPresent(key, at: createdAt, valueJSON: valueJSON) {
      skipped += 1
      return
    }
    let sessionID = try session(for: answer.sessionId, startingAt: createdAt)
    let revision = try revision(for: key, at: createdAt, archived: answer.revision)
    let insert = try db.cachedStatement(sql: Self.insertSQL)
    try insert.execute(arguments: [
      sessionID, answer.unitId, answer.promptId, answer.kind, valueJSON,
      answer.value.searchText, revision, createdAt, try answer.deletedAt.map(seconds),
    ])
    archiveRevisions[db.lastInsertedRowID] = answer.revision
    added += 1
  }

  /// The newest revision of a prompt so far: its time, and its number in the archive.
  private struct Newest {
    var createdAt: Double
    var archived: Int?
    var number: Int
  }

  /// The number a new answer takes. An export lists answers by time, so each usually comes
  /// after every revision of its prompt and takes the next number, final at once; one that
  /// does not (or ties) gets a temporary number, and its prompt is numbered by `finish`.
  private mutating func revision(
    for key: PromptKey, at createdAt: Double, archived: Int
  ) throws -> Int64 {
    let last = try newest[key] ?? storedNewest(of: key)
    let inOrder =
      !unordered.contains(key)
      && (createdAt > last.createdAt
        || (createdAt == last.createdAt && last.archived.map { archived > $0 } == true))
    guard inOrder else {
      unordered.insert(key)
      nextTemporaryRevision -= 1
      return nextTemporaryRevision
    }
    newest[key] = Newest(createdAt: createdAt, archived: archived, number: last.number + 1)
    return Int64(last.number + 1)
  }

  private func storedNewest(of key: PromptKey) throws -> Newest {
    let row = try Row.fetchOne(
      db,
      sql: "SELECT MAX(createdAt) AS time, MAX(revision) AS number FROM answer "
        + "WHERE unitId = ? AND promptId = ?",
      arguments: [key.unitID, key.promptID])
    return Newest(
      createdAt: row?["time"] ?? -.infinity, archived: nil, number: row?["number"] ?? 0)
  }

  /// Numbers each prompt that took an answer out of order, old and new together.
  func finish() throws {
    try FullTextIndex.renumbering(in: db) {
      for key in unordered {
        try RevisionOrder.renumber(try changes(of: key), in: db)
      }
    }
  }

  private func changes(of key: PromptKey) throws -> [(id: Int64, revision: Int)] {
    let rows = try Row.fetchAll(
      db, sql: "SELECT id, createdAt, revision FROM answer WHERE unitId = ? AND promptId = ?",
      arguments: [key.unitID, key.promptID])
    let ids: [Int64] = rows.map { $0["id"] }
    let stored: [Int] = rows.map { $0["revision"] }
    let places = rows.indices.map { index in
      RevisionOrder.Place(
        createdAt: rows[index]["createdAt"],
        revision: archiveRevisions[ids[index]] ?? stored[index])
    }
    let value = try db.cachedStatement(sql: "SELECT valueJSON FROM answer WHERE id = ?")
    let numbers = try RevisionOrder.numbers(for: places) { index in
      try String.fetchOne(value, arguments: [ids[index]]) ?? ""
    }
    return ids.indices.filter { numbers[$0] != stored[$0] }.map { (ids[$0], numbers[$0]) }
  }

  private func isPresent(_ key: PromptKey, at createdAt: Double, valueJSON: String) throws
    -> Bool
  {
    let millis = Double(Self.millis(createdAt))
    let statement = try db.cachedStatement(sql: Self.presentSQL)
    return try Bool.fetchOne(
      statement,
      arguments: [
        (millis - 0.5) / 1000, (millis + 0.5) / 1000, key.unitID, key.promptID, valueJSON,
      ]) ?? false
  }

  /// The journal's session for the archive's `id`; answers without one (or from an archive
  /// without sessions) share a session that starts with the first of them.
  private mutating func session(for id: Int64?, startingAt createdAt: Double) throws -> Int64 {
    if let mapped = id.flatMap({ sessionIDs[$0] }) { return mapped }
    if let orphanSession { return orphanSession }
    let started = try localSession(startedAt: createdAt, finishedAt: nil)
    orphanSession = started
    return started
  }

  private static let insertSQL = """
    INSERT INTO answer
      (sessionId, unitId, promptId, kind, valueJSON, searchText, revision, createdAt, deletedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// The same prompt, time (to the millisecond) and value. The `+` keeps SQLite on the
  /// `createdAt` index (a few rows a millisecond) rather than the prompt's index, which
  /// would read every revision of the prompt for every answer imported.
  private static let presentSQL = """
    SELECT EXISTS (SELECT 1 FROM answer WHERE createdAt >= ? AND createdAt < ?
      AND +unitId = ? AND +promptId = ? AND valueJSON = ?)
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
