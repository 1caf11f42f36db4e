/// Moments in an archive: ISO 8601 in UTC with milliseconds, `2026-03-01T09:00:00.250Z`.
/// Worked out from whole milliseconds rather than through a date formatter, so a moment
/// written, read back and written again is always the same text.
public enum ArchiveTimestamp {
  /// `seconds` since 1970, rounded to the millisecond. A time outside the years 0000-9999
  /// (only a journal edited by hand holds one) is written as the nearest end of that span
  /// rather than trapping.
  public static func string(fromSeconds seconds: Double) -> String {
    let millis = Int64(
      (seconds * 1000).rounded().clamped(to: -62_167_219_200_000...253_402_300_799_999))
    let (days, dayMillis) = floorDivide(millis, 86_400_000)
    let (year, month, day) = civil(fromDays: days)
    let time = dayMillis / 1000
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(time / 3600, 2)):"
      + "\(pad(time / 60 % 60, 2)):\(pad(time % 60, 2)).\(pad(dayMillis % 1000, 3))Z"
  }

  /// Seconds since 1970, or nil unless `text` is exactly the form `string` writes.
  package static func seconds(from text: String) -> Double? {
    let bytes = Array(text.utf8)
    let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22]
    let separators: [(Int, UInt8)] = [
      (4, 0x2D), (7, 0x2D), (10, 0x54), (13, 0x3A), (16, 0x3A), (19, 0x2E), (23, 0x5A),
    ]
    guard bytes.count == 24, digitsAt.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
      separators.allSatisfy({ bytes[$0.0] == $0.1 })
    else { return nil }
    func number(_ range: Range<Int>) -> Int64 {
      range.reduce(0) { $0 * 10 + Int64(bytes[$1] - 0x30) }
    }
    let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
    let (hour, minute, second) = (number(11..<13), number(14..<16), number(17..<19))
    guard CalendarDate.isValid(year: Int(year), month: Int(month), day: Int(day)),
      hour < 24, minute < 60, second < 60
    else { return nil }
    let days = self.days(year: year, month: month, day: day)
    let millis =
      ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + number(20..<23)
    return Double(millis) / 1000
  }

  /// Howard Hinnant's `civil_from_days`: the proleptic Gregorian date of a day count.
  private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = floorDivide(z, 146_097).0
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The inverse, `days_from_civil`.
  private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = floorDivide(y, 400).0
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    let remainder = ((a % b) + b) % b
    return ((a - remainder) / b, remainder)
  }

  private static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension Double {
  /// NaN goes to the lower bound.
  fileprivate func clamped(to range: ClosedRange<Double>) -> Double {
    guard self >= range.lowerBound else { return range.lowerBound }
    return Swift.min(self, range.upperBound)
  }
}
