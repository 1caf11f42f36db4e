import GRDB
import LeverageCore

/// Revision numbers follow answer time: a prompt's revisions are numbered 1, 2, 3... in
/// order of `createdAt` (ties by the revision number they had, then by value), so the
/// highest live revision is always the newest answer, and a journal holding the same
/// answers numbers them the same whatever order they arrived in. Imports renumber the
/// prompts they touch; the coach's saves come last in time, so they simply take the next.
enum RevisionOrder {
  /// One revision as the numbering sees it.
  struct Entry {
    var createdAt: Double
    var revision: Int
    var valueJSON: String
  }

  /// The revision each entry gets, in the order given: 1 for the oldest.
  static func numbers(for entries: [Entry]) -> [Int] {
    let order = entries.indices.sorted { a, b in
      let (x, y) = (entries[a], entries[b])
      if x.createdAt != y.createdAt { return x.createdAt < y.createdAt }
      if x.revision != y.revision { return x.revision < y.revision }
      return x.valueJSON < y.valueJSON
    }
    var numbers = Array(repeating: 0, count: entries.count)
    for (rank, index) in order.enumerated() { numbers[index] = rank + 1 }
    return numbers
  }

  /// Gives rows of the journal new revision numbers. Two steps, since (unitId, promptId,
  /// revision) is unique: every changed row first takes minus its id (ids are unique and
  /// revisions are never below 1), then its number.
  static func renumber(_ changes: [(id: Int64, revision: Int)], in db: Database) throws {
    let park = try db.cachedStatement(sql: "UPDATE answer SET revision = -id WHERE id = ?")
    for change in changes { try park.execute(arguments: [change.id]) }
    let set = try db.cachedStatement(sql: "UPDATE answer SET revision = ? WHERE id = ?")
    for change in changes { try set.execute(arguments: [change.revision, change.id]) }
  }

  /// Renumbers every prompt of the journal: the migration that brings a journal written
  /// before this rule (where an import could make an old answer current, or store a revision
  /// of 9223372036854775807) into line.
  static func renumberAll(in db: Database) throws {
    let rows = try Row.fetchCursor(
      db,
      sql:
        "SELECT id, unitId, promptId, createdAt, revision, valueJSON FROM answer ORDER BY unitId, promptId"
    )
    var changes: [(id: Int64, revision: Int)] = []
    var current: PromptKey?
    var ids: [Int64] = []
    var entries: [Entry] = []
    func flush() {
      for (id, (number, entry)) in zip(ids, zip(numbers(for: entries), entries))
      where number != entry.revision {
        changes.append((id, number))
      }
      ids = []
      entries = []
    }
    while let row = try rows.next() {
      let key = PromptKey(unitID: row["unitId"], promptID: row["promptId"])
      if key != current {
        flush()
        current = key
      }
      ids.append(row["id"])
      entries.append(
        Entry(createdAt: row["createdAt"], revision: row["revision"], valueJSON: row["valueJSON"]))
    }
    flush()
    try renumber(changes, in: db)
  }
}
