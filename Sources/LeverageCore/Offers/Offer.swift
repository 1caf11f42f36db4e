import Foundation

/// A job offer, or the current job, with whatever lines the user has filled in so far.
public struct Offer: Equatable, Sendable, Identifiable {
  public var id: Int64
  public var name: String
  /// A line without an entry is one the user has not filled in.
  public var entries: [OfferLine: OfferEntry]
  public var createdAt: Date
  public var updatedAt: Date

  public init(
    id: Int64, name: String, entries: [OfferLine: OfferEntry] = [:], createdAt: Date,
    updatedAt: Date
  ) {
    self.id = id
    self.name = name
    self.entries = entries
    self.createdAt = createdAt
    self.updatedAt = updatedAt
  }
}

/// A change to one offer, for the effect runner to write.
public enum OfferChange: Equatable, Sendable {
  case add(name: String)
  case rename(id: Int64, name: String)
  /// A nil entry clears the line.
  case setEntry(id: Int64, line: OfferLine, entry: OfferEntry?)
  case delete(id: Int64)
}
