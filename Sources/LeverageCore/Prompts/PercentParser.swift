import Foundation

/// Reads a percentage typed as `50`, `50%` or `12.5`.
public enum PercentParser {
  static let outOfRange = ValidationError(
    "Enter a percentage from 0 to 100, like 50 or 50%.")

  /// Commas are refused rather than read as thousands: `12,5` is someone's 12.5, not 125.
  public static func value(from text: String) -> Result<Double, ValidationError> {
    var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    if body.last == "%" {
      body = Substring(body.dropLast().trimmingCharacters(in: .whitespaces))
    }
    guard let decimal = DecimalText(body, allowsGrouping: false), let value = decimal.double,
      value <= 100
    else {
      return .failure(outOfRange)
    }
    guard decimal.significantDecimals <= NumberParser.largestDecimals else {
      return .failure(NumberParser.tooPrecise)
    }
    return .success(value)
  }
}
