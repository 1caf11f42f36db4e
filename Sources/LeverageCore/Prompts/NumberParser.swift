import Foundation

/// Reads a count or measure (wRVUs, patients a day): `4200`, `4,200`, `4200.5`.
public enum NumberParser {
  static let unreadable = ValidationError(
    "Enter a number of zero or more, like 4,200.")

  public static func value(from text: String) -> Result<Double, ValidationError> {
    let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let value = DecimalText(body, allowsGrouping: true)?.double else {
      return .failure(unreadable)
    }
    return .success(value)
  }
}
