import Foundation
import GRDB
import LeverageCore

extension JournalStore {
  /// Every offer not deleted, in the order they were added.
  public func offers() throws(JournalError) -> [Offer] {
    let records = try perform {
      try read { db in try OfferRecord.live.order(Column("id")).fetchAll(db) }
    }
    return try records.map { record throws(JournalError) in try offer(from: record) }
  }

  public func addOffer(name: String, at date: Date) throws(JournalError) -> Offer {
    let stamp = date.timeIntervalSince1970
    var record = OfferRecord(
      id: nil, name: name, entriesJSON: "{}", createdAt: stamp, updatedAt: stamp,
      deletedAt: nil)
    try perform { try write { db in try record.insert(db) } }
    return try offer(from: record)
  }

  public func renameOffer(_ id: Int64, to name: String, at date: Date) throws(JournalError) -> Offer
  {
    try update(offer: id, at: date) { $0.name = name }
  }

  /// A nil entry clears the line.
  public func setEntry(
    _ entry: OfferEntry?, line: OfferLine, ofOffer id: Int64, at date: Date
  ) throws(JournalError) -> Offer {
    try update(offer: id, at: date) { record in
      guard var entries = record.entries else { throw Self.unreadableOffer }
      entries[line] = entry
      record.entriesJSON = try OfferRecord.json(entries)
    }
  }

  public func deleteOffer(_ id: Int64, at date: Date) throws(JournalError) {
    _ = try update(offer: id, at: date) { $0.deletedAt = date.timeIntervalSince1970 }
  }

  private static let unreadableOffer = JournalError.other(
    "An offer in the journal cannot be read by this version of Leverage; update it first.")

  private func offer(from record: OfferRecord) throws(JournalError) -> Offer {
    guard record.id != nil else { throw .other("That offer is no longer in \(path).") }
    guard let offer = record.offer else { throw Self.unreadableOffer }
    return offer
  }

  private func update(
    offer id: Int64, at date: Date, _ change: @escaping (inout OfferRecord) throws -> Void
  ) throws(JournalError) -> Offer {
    let record = try perform {
      try write { db -> OfferRecord? in
        guard var record = try OfferRecord.live.filter(key: id).fetchOne(db) else { return nil }
        try change(&record)
        record.updatedAt = date.timeIntervalSince1970
        try record.update(db)
        return record
      }
    }
    guard let record else { throw .other("That offer is no longer in \(path).") }
    return try offer(from: record)
  }
}
