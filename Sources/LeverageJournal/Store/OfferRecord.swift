import Foundation
import GRDB
import LeverageCore

/// A row of `offer`. The entries are one JSON object keyed by line, so a line added later
/// needs no migration. Deleting only stamps `deletedAt`, like action items.
struct OfferRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "offer"

  var id: Int64?
  var name: String
  var entriesJSON: String
  var createdAt: Double
  var updatedAt: Double
  var deletedAt: Double?

  mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }

  static let live = filter(Column("deletedAt") == nil)

  /// Nil when the entries hold a kind this version cannot read.
  var entries: [OfferLine: OfferEntry]? {
    guard let stored = JournalJSON.decode([String: OfferEntry].self, from: entriesJSON) else {
      return nil
    }
    return Dictionary(
      uniqueKeysWithValues: stored.compactMap { key, entry in
        OfferLine(rawValue: key).map { ($0, entry) }
      })
  }

  static func json(_ entries: [OfferLine: OfferEntry]) throws -> String {
    try JournalJSON.encode(Dictionary(uniqueKeysWithValues: entries.map { ($0.rawValue, $1) }))
  }

  var offer: Offer? {
    guard let id, let entries else { return nil }
    return Offer(
      id: id, name: name, entries: entries, createdAt: Date(timeIntervalSince1970: createdAt),
      updatedAt: Date(timeIntervalSince1970: updatedAt))
  }

  /// The `v3-offers` migration.
  static func createTable(_ db: Database) throws {
    try db.create(table: databaseTableName) { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("name", .text).notNull()
      t.column("entriesJSON", .text).notNull()
      t.column("createdAt", .double).notNull()
      t.column("updatedAt", .double).notNull()
      t.column("deletedAt", .double)
    }
  }

  static func merge(_ offers: [JournalArchive.Offer], at date: Date, in db: Database) throws {
    let now = date.timeIntervalSince1970
    for offer in offers {
      let sameName = filter(Column("name") == offer.name)
      if var existing = try sameName.filter(Column("deletedAt") == nil).fetchOne(db) {
        // A deleted copy never undoes the live one; a live copy only gains lines it lacks.
        guard !offer.deleted, var entries = existing.entries else { continue }
        let before = entries
        entries.merge(offer.lineEntries) { kept, _ in kept }
        if entries != before {
          existing.entriesJSON = try json(entries)
          existing.updatedAt = now
          try existing.update(db)
        }
        continue
      }
      // Kept as deleted too, so the file stays whole, but only once however often imported.
      if offer.deleted, try sameName.fetchCount(db) > 0 { continue }
      var record = OfferRecord(
        id: nil, name: offer.name, entriesJSON: try json(offer.lineEntries), createdAt: now,
        updatedAt: now, deletedAt: offer.deleted ? now : nil)
      try record.insert(db)
    }
  }
}
