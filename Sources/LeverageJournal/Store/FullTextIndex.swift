import GRDB
import LeverageCore

/// The answers' full-text index, kept in step with `answer` by triggers GRDB made.
enum FullTextIndex {
  /// GRDB's name for the trigger that indexes each inserted answer.
  private static let insertTrigger = "__answer_fts_ai"
  /// And for the one that indexes an updated answer again, whatever column changed.
  private static let updateTrigger = "__answer_fts_au"

  /// Runs `body`, which inserts many answers, with per-row indexing off, then rebuilds the
  /// index in one pass and puts the trigger back, all inside the caller's transaction: a
  /// failure rolls back to the trigger and index as they were. One pass is several times
  /// faster than indexing a large import row by row.
  static func rebuilding<T>(in db: Database, around body: () throws -> T) throws -> T {
    guard
      let trigger = try String.fetchOne(
        db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        arguments: [insertTrigger])
    else { return try body() }
    try db.execute(sql: "DROP TRIGGER \(insertTrigger)")
    let result = try body()
    try db.execute(sql: "INSERT INTO answer_fts(answer_fts) VALUES('rebuild')")
    try db.execute(sql: trigger)
    return result
  }

  /// Runs `body`, which changes only revision numbers, without indexing every row it
  /// touches again: the text is the same, and an import renumbers every row it added.
  /// Inside the caller's transaction, like `rebuilding`.
  static func renumbering<T>(in db: Database, _ body: () throws -> T) throws -> T {
    guard
      let trigger = try String.fetchOne(
        db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        arguments: [updateTrigger])
    else { return try body() }
    try db.execute(sql: "DROP TRIGGER \(updateTrigger)")
    let result = try body()
    try db.execute(sql: trigger)
    return result
  }
}
