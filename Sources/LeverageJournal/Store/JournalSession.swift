import Foundation
import GRDB
import LeverageCore

/// The `session` row of one open journal, created by the first save so that a run which only
/// reads leaves no trace.
final class JournalSession: @unchecked Sendable {
  // Guards `id`; held across the whole save so two saves cannot both start a session, and
  // `id` is only kept once the transaction that inserted the row has committed.
  private let lock = NSLock()
  private var id: Int64?

  func withID<T>(_ body: (Int64?) throws -> (T, sessionID: Int64)) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    let (result, sessionID) = try body(id)
    id = sessionID
    return result
  }

  static func start(_ db: Database, at date: Date) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO session (startedAt) VALUES (?)",
      arguments: [date.timeIntervalSince1970])
    return db.lastInsertedRowID
  }
}
