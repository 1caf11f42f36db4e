import Foundation

extension CalendarDate {
  /// The day `date` falls on where the user is, which is what a document's date means.
  public init(_ date: Date, calendar: Calendar = .current) {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
