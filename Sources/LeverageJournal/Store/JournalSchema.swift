import GRDB
import LeverageCore

/// The journal's tables, grown only by appending migrations so every older journal upgrades.
enum JournalSchema {
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "session") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("startedAt", .double).notNull()
        t.column("finishedAt", .double)
      }
      try createAnswer(db)
      try db.create(table: "draft") { t in
        t.column("unitId", .text).notNull()
        t.column("promptId", .text).notNull()
        t.primaryKey(["unitId", "promptId"])
        t.column("inputJSON", .text).notNull()
        t.column("updatedAt", .double).notNull()
      }
      try db.create(table: "setting") { t in
        t.primaryKey("key", .text)
        t.column("value", .text).notNull()
      }
    }
    migrator.registerMigration("v2-action-items", migrate: ActionItemRecord.createTable)
    migrator.registerMigration("v3-offers", migrate: OfferRecord.createTable)
    migrator.registerMigration("v4-revisions-by-time", migrate: numberRevisionsByTime)
    migrator.registerMigration("v5-unspaced-scripts", migrate: spaceOutUnspacedScripts)
    return migrator
  }()

  /// Dates are REAL seconds since 1970: sortable, and precise well below a millisecond.
  private static func createAnswer(_ db: Database) throws {
    try db.create(table: "answer") { t in
      // AUTOINCREMENT keeps ids rising forever, so an id is never reused.
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("session").notNull()
      t.column("unitId", .text).notNull()
      t.column("promptId", .text).notNull()
      t.column("kind", .text).notNull()
      t.column("valueJSON", .text).notNull()
      t.column("searchText", .text).notNull()
      t.column("revision", .integer).notNull()
      t.column("createdAt", .double).notNull()
      t.column("deletedAt", .double)
      t.uniqueKey(["unitId", "promptId", "revision"])
    }
    // Partial, so it covers the latest-answer query: 11 ms instead of 125 ms on 100k rows,
    // where a full index makes SQLite visit every row to read deletedAt.
    try db.create(
      index: "answer_on_unitId_promptId_id", on: "answer", columns: ["unitId", "promptId", "id"],
      condition: Column("deletedAt") == nil)
    try db.create(index: "answer_on_createdAt", on: "answer", columns: ["createdAt"])
    try db.create(virtualTable: "answer_fts", using: FTS5()) { t in
      t.synchronize(withTable: "answer")
      t.tokenizer = .unicode61(diacritics: .remove)
      t.column("searchText")
    }
  }

  /// From v4 the latest answer is the highest live revision, and revisions follow answer
  /// time (`RevisionOrder`): older journals are renumbered once, and the partial index the
  /// latest-answer queries walk moves from id to revision.
  private static func numberRevisionsByTime(_ db: Database) throws {
    try RevisionOrder.renumberAll(in: db)
    try db.create(
      index: "answer_on_unitId_promptId_revision", on: "answer",
      columns: ["unitId", "promptId", "revision"], condition: Column("deletedAt") == nil)
    try db.drop(index: "answer_on_unitId_promptId_id")
  }

  /// From v5 the index holds each character of a script written without spaces as a word of
  /// its own (`UnspacedScript`), so `東京` is found inside `日本語のテキスト東京都`: answers saved
  /// before are indexed again, once. The update triggers keep the index in step.
  private static func spaceOutUnspacedScripts(_ db: Database) throws {
    var changed: [(id: Int64, text: String)] = []
    let rows = try Row.fetchCursor(db, sql: "SELECT id, searchText FROM answer")
    while let row = try rows.next() {
      let text: String = row["searchText"]
      let spaced = UnspacedScript.spacedOut(text)
      if spaced != text { changed.append((row["id"], spaced)) }
    }
    for answer in changed {
      try db.execute(
        sql: "UPDATE answer SET searchText = ? WHERE id = ?", arguments: [answer.text, answer.id])
    }
  }

  /// Runs on every connection before GRDB switches the file to WAL, so a file that is not ours,
  /// or is from a newer Leverage, is refused while still untouched.
  static func checkCompatible(_ db: Database, path: String) throws {
    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    guard !tables.isEmpty else { return }
    guard tables.contains("grdb_migrations") else { throw JournalError.notADatabase(path: path) }
    if try migrator.hasBeenSuperseded(db) {
      throw JournalError.newerVersion(path: path)
    }
  }
}
