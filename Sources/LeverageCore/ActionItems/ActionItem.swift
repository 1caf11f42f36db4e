import Foundation

/// Something the user means to do after the course, with an optional day it is due.
public struct ActionItem: Equatable, Sendable, Identifiable {
  public var id: Int64
  public var title: String
  public var dueDate: CalendarDate?
  public var doneAt: Date?
  public var createdAt: Date
  public var updatedAt: Date

  public init(
    id: Int64, title: String, dueDate: CalendarDate? = nil, doneAt: Date? = nil,
    createdAt: Date, updatedAt: Date
  ) {
    self.id = id
    self.title = title
    self.dueDate = dueDate
    self.doneAt = doneAt
    self.createdAt = createdAt
    self.updatedAt = updatedAt
  }

  public var isDone: Bool { doneAt != nil }

  /// The three next steps the brief names; the journal seeds them once.
  public static let defaultTitles = [
    "Meet a mentor", "Get the practice's financials",
    "Write down my goals for the next negotiation",
  ]
}

/// A change to one action item, for the effect runner to write.
public enum ActionItemChange: Equatable, Sendable {
  case add(title: String)
  case rename(id: Int64, title: String)
  case setDueDate(id: Int64, CalendarDate?)
  case setDone(id: Int64, Bool)
  case delete(id: Int64)
}
