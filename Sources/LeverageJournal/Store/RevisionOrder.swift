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

  /// Where a revision goes, but for ties: its time and the number it had.
  struct Place: Equatable {
    var createdAt: Double
    var revision: Int
  }

  /// The revision each entry gets, in the order given: 1 for the oldest.
  static func numbers(for entries: [Entry]) -> [Int] {
    numbers(for: entries.map { Place(createdAt: $0.createdAt, revision: $0.revision) }) {
      entries[$0].valueJSON
    }
  }

  /// The same, asking for a value (by index) only where two places tie, so an import need
  /// not hold every value of a prompt to number it.
  static func numbers(
    for places: [Place], valueAt: (Int) throws -> String
  ) rethrows -> [Int] {
    var order = places.indices.sorted { a, b in
      (places[a].createdAt, places[a].revision) < (places[b].createdAt, places[b].revision)
    }
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, places[order[end]] == places[order[start]] { end += 1 }
      if end - start > 1 {
        let tied = try order[start..<end].map { ($0, try valueAt($0)) }.sorted { $0.1 < $1.1 }
        order.replaceSubrange(start..<end, with: tied.map(\.0))
      }
      start = end
    }
    var numbers = Array(repeating: 0, count: places.count)
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
