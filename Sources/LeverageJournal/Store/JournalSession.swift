import Foundation
import GRDB
import LeverageCore

/// The `session` row of one open journal, created by the first save so that a run which only
/// reads leaves no trace.
final class JournalSession: @unchecked Sendable {
  /// A session row as this run knows it: the id, and its start to tell it from a row of
  /// another journal that took its place under the same id.
  struct Row: Equatable {
    var id: Int64
    var startedAt: Double
  }

  // Guards `row` and `replaced`; held across the whole save so two saves cannot both start a
  // session, and `row` is only kept once the transaction that inserted it has committed.
  private let lock = NSLock()
  private var row: Row?
  private var replaced = false

  /// Runs `body` with this run's session row; the row `body` used is kept once it returns
  /// (after its transaction committed). A different row means the journal was replaced
  /// under this run (a restore, another file moved over it): see `live(_:in:)`.
  func withID<T>(_ body: (Row?) throws -> (T, Row)) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    let (result, used) = try body(row)
    if let row, row != used { replaced = true }
    row = used
    return result
  }

  /// Whether a save found the journal replaced since the last one, once.
  func takeReplaced() -> Bool {
    lock.withLock {
      defer { replaced = false }
      return replaced
    }
  }

  static func start(_ db: Database, at date: Date) throws -> Row {
    let startedAt = date.timeIntervalSince1970
    try db.execute(sql: "INSERT INTO session (startedAt) VALUES (?)", arguments: [startedAt])
    return Row(id: db.lastInsertedRowID, startedAt: startedAt)
  }

  /// `row` if the journal still has it; nil when the journal was replaced, so a save
  /// starts a session in the journal as it is now rather than fail on every try.
  static func live(_ row: Row?, in db: Database) throws -> Row? {
    guard let row else { return nil }
    return try exists(row, in: db) ? row : nil
  }

  private static func exists(_ row: Row, in db: Database) throws -> Bool {
    try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM session WHERE id = ? AND startedAt = ?)",
      arguments: [row.id, row.startedAt]) ?? false
  }
}
