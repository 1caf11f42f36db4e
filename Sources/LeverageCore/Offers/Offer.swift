import Foundation
import PlainText

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

extension Offer {
  public static let maximumNameLength = 60

  /// The user's present job, which the table compares offers with: named so, as the
  /// offers screen suggests ("Current job"), it is no alternative to weigh the ladder by.
  public var isCurrentJob: Bool {
    name.lowercased().contains("current")
  }

  /// A name as typed or pasted, made one clean line; a one-line error when it is empty or
  /// too long for a table to show.
  public static func name(from raw: String) -> Result<String, ValidationError> {
    let name = PlainText.oneLine(raw).trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      return .failure(
        ValidationError("An offer needs a name, like Current job or Northside Clinic."))
    }
    guard name.count <= maximumNameLength else {
      return .failure(
        ValidationError(
          "Keep the name to \(maximumNameLength) characters (you have \(name.count))."))
    }
    return .success(name)
  }
}
