import Foundation

extension CalendarDate {
  /// The day `date` falls on in `timeZone`: the user's today, taken from an injected clock.
  public init(_ date: Date, in timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }

  /// `2026-03-01 14:05`: when something was saved, to the minute, in `timeZone`; the review
  /// and `journal list` show times this way.
  public static func minuteText(_ date: Date, in timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return CalendarDate(date, in: timeZone).iso
      + " \(digits(parts.hour ?? 0, 2)):\(digits(parts.minute ?? 0, 2))"
  }

  /// Days from `self` to `other`, negative when `other` is earlier.
  public func days(until other: CalendarDate) -> Int {
    other.dayNumber - dayNumber
  }

  /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
  /// days_from_civil), so counting days needs no Calendar and no time zone.
  package var dayNumber: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
