import Foundation

/// Reads a count or measure (wRVUs, patients a day): `4200`, `4,200`, `4200.5`.
public enum NumberParser {
  static let unreadable = ValidationError(
    "Enter a number of zero or more, like 4,200.")

  /// More decimals than any count or measure carries: `0.000…5` (5e-324) is a slip or a
  /// forged value, and a product of such figures is no longer exact.
  public static let largestDecimals = 6
  static let tooPrecise = ValidationError(
    "Enter a number with at most \(largestDecimals) decimals, like 4200.5.")

  public static func value(from text: String) -> Result<Double, ValidationError> {
    let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let decimal = DecimalText(body, allowsGrouping: true), let value = decimal.double else {
      return .failure(unreadable)
    }
    guard decimal.significantDecimals <= largestDecimals else { return .failure(tooPrecise) }
    return .success(value)
  }
}
