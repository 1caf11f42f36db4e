import Foundation
import GRDB
import LeverageCore

extension JournalStore {
  /// Hands every answer the query finds to `body` as SQLite reads it, one at a time, so a
  /// command over the whole journal holds one answer in memory, not the journal: newest
  /// first, or oldest first, and with `limit` only the newest that many (still in the order
  /// asked). `body` returns false to stop, when its reader has gone. One read transaction,
  /// so the answers are one consistent picture while the coach saves.
  public func forEachAnswer(
    _ query: ReviewQuery, oldestFirst: Bool = false, limit: Int? = nil,
    _ body: (SavedAnswer) -> Bool
  ) throws(JournalError) {
    let filter = ReviewFilter(query)
    let select = "SELECT answer.* \(filter.from) WHERE \(filter.condition)"
    let sql: String
    var arguments = filter.arguments
    switch (limit, oldestFirst) {
    case (nil, _):
      sql = "\(select) ORDER BY \(oldestFirst ? filter.oldestFirst : filter.newestFirst)"
    case (let limit?, false):
      sql = "\(select) ORDER BY \(filter.newestFirst) LIMIT ?"
      arguments += [limit]
    case (let limit?, true):
      // The newest `limit` found the fast way, then turned round: only they are sorted.
      sql = "SELECT * FROM (\(select) ORDER BY \(filter.newestFirst) LIMIT ?) ORDER BY id"
      arguments += [limit]
    }
    try perform {
      try read { db in
        let decoder = JSONDecoder()
        let records = try AnswerRecord.fetchCursor(db, sql: sql, arguments: arguments)
        while let record = try records.next() {
          guard let answer = record.savedAnswer(decoder) else { continue }
          guard body(answer) else { return }
        }
      }
    }
  }
}
