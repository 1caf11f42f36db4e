import Foundation

/// Reads a day written year first, `2026-03-01` or `2026/3/1`.
///
/// Day-first and month-first forms are refused: `3/1/2026` means different days to
/// different readers. Words like "tomorrow" are too, since parsing has no clock.
public enum DateParser {
  static let unreadable = ValidationError("Enter a date as YYYY-MM-DD, like 2026-03-01.")

  public static func date(from text: String) -> Result<CalendarDate, ValidationError> {
    let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let separator: Character = body.contains("/") ? "/" : "-"
    let parts = body.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
      (1...2).contains(parts[2].count), parts.allSatisfy(isDigits),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return .failure(unreadable) }
    let date = CalendarDate(year: year, month: month, day: day)
    guard CalendarDate.isValid(year: year, month: month, day: day) else {
      return .failure(ValidationError("\(date.iso) is not a real date."))
    }
    return .success(date)
  }

  private static func isDigits(_ part: Substring) -> Bool {
    part.allSatisfy { $0.isASCII && $0.isWholeNumber }
  }
}
