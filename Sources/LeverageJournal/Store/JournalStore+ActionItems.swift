import Foundation
import GRDB
import LeverageCore

extension JournalStore {
  /// Every action item not deleted, in the order they were added.
  public func actionItems() throws(JournalError) -> [ActionItem] {
    let records = try perform {
      try read { db in try ActionItemRecord.live.order(Column("id")).fetchAll(db) }
    }
    return records.compactMap(\.item)
  }

  /// Open items by due date, undated last: what `leverage next` prints.
  public func openActionItems() throws(JournalError) -> [ActionItem] {
    ActionItemsDigest.ordered(try actionItems().filter { !$0.isDone })
  }

  public func addActionItem(title: String, at date: Date) throws(JournalError) -> ActionItem {
    let stamp = date.timeIntervalSince1970
    var record = ActionItemRecord(
      id: nil, title: title, dueDate: nil, doneAt: nil, createdAt: stamp, updatedAt: stamp,
      deletedAt: nil)
    try perform { try write { db in try record.insert(db) } }
    guard let item = record.item else { throw .other("That action item is no longer in \(path).") }
    return item
  }

  public func renameActionItem(
    _ id: Int64, to title: String, at date: Date
  ) throws(JournalError) -> ActionItem {
    try update(id, at: date) { $0.title = title }
  }

  public func setDueDate(
    _ due: CalendarDate?, ofActionItem id: Int64, at date: Date
  ) throws(JournalError) -> ActionItem {
    try update(id, at: date) { $0.dueDate = due?.iso }
  }

  public func setDone(
    _ done: Bool, ofActionItem id: Int64, at date: Date
  ) throws(JournalError) -> ActionItem {
    try update(id, at: date) { $0.doneAt = done ? date.timeIntervalSince1970 : nil }
  }

  public func deleteActionItem(_ id: Int64, at date: Date) throws(JournalError) {
    _ = try update(id, at: date) { $0.deletedAt = date.timeIntervalSince1970 }
  }

  private func update(
    _ id: Int64, at date: Date, _ change: @escaping (inout ActionItemRecord) -> Void
  ) throws(JournalError) -> ActionItem {
    let record = try perform {
      try write { db -> ActionItemRecord? in
        guard var record = try ActionItemRecord.live.filter(key: id).fetchOne(db) else {
          return nil
        }
        change(&record)
        record.updatedAt = date.timeIntervalSince1970
        try record.update(db)
        return record
      }
    }
    guard let item = record?.item else { throw .other("That action item is no longer in \(path).") }
    return item
  }
}
