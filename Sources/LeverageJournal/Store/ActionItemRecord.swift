import Foundation
import GRDB
import LeverageCore

/// A row of `action_item`. Deleting only stamps `deletedAt`, like answers, so nothing the
/// user wrote disappears from the file by accident.
struct ActionItemRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "action_item"

  var id: Int64?
  var title: String
  /// `YYYY-MM-DD`: a day, not an instant, so time zones never move it.
  var dueDate: String?
  var doneAt: Double?
  var createdAt: Double
  var updatedAt: Double
  var deletedAt: Double?

  mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }

  static let live = filter(Column("deletedAt") == nil)

  var item: ActionItem? {
    guard let id else { return nil }
    return ActionItem(
      id: id, title: title, dueDate: dueDate.flatMap(CalendarDate.init(iso:)),
      doneAt: doneAt.map(Date.init(timeIntervalSince1970:)),
      createdAt: Date(timeIntervalSince1970: createdAt),
      updatedAt: Date(timeIntervalSince1970: updatedAt))
  }

  /// The `v2-action-items` migration. The default next steps are seeded here, once per
  /// journal, so one the user deleted never comes back.
  static func createTable(_ db: Database) throws {
    try db.create(table: databaseTableName) { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("title", .text).notNull()
      t.column("dueDate", .text)
      t.column("doneAt", .double)
      t.column("createdAt", .double).notNull()
      t.column("updatedAt", .double).notNull()
      t.column("deletedAt", .double)
    }
    // Migrations have no injected clock; this stamp is never shown or compared.
    let now = Date().timeIntervalSince1970
    for title in ActionItem.defaultTitles {
      var record = ActionItemRecord(
        id: nil, title: title, dueDate: nil, doneAt: nil, createdAt: now, updatedAt: now,
        deletedAt: nil)
      try record.insert(db)
    }
  }

  static func merge(_ items: [JournalArchive.ActionItem], at date: Date, in db: Database) throws {
    let now = date.timeIntervalSince1970
    for item in items {
      let sameTitle = filter(Column("title") == item.title)
      if var existing = try sameTitle.filter(Column("deletedAt") == nil).fetchOne(db) {
        // A deleted copy never undoes the live one; a live copy only adds what is missing.
        guard !item.deleted else { continue }
        let before = existing
        existing.dueDate = existing.dueDate ?? item.dueDate
        if item.done, existing.doneAt == nil { existing.doneAt = now }
        if existing.dueDate != before.dueDate || existing.doneAt != before.doneAt {
          existing.updatedAt = now
          try existing.update(db)
        }
        continue
      }
      // Kept as deleted too, so the file stays whole, but only once however often imported.
      if item.deleted, try sameTitle.fetchCount(db) > 0 { continue }
      var record = ActionItemRecord(
        id: nil, title: item.title, dueDate: item.dueDate, doneAt: item.done ? now : nil,
        createdAt: now, updatedAt: now, deletedAt: item.deleted ? now : nil)
      try record.insert(db)
    }
  }
}
