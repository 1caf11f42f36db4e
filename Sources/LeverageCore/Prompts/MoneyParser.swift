import Foundation

/// Reads a dollar amount the way physicians write them: `250k`, `$250,000`, `1.2M`.
public enum MoneyParser {
  static let unreadable = ValidationError("Enter an amount in dollars, like 250k or $250,000.")
  static let notPositive = ValidationError("Enter an amount above zero, like 250k or $250,000.")
  static let tooPrecise = ValidationError("Use at most two decimals for cents, like $250,000.50.")

  /// Whole cents, counted from the typed digits so `1.2m` is exactly 120,000,000 cents.
  /// Zero is refused unless `allowsZero`: an answer of $0 is a slip, an offer's $0 tail is not.
  public static func cents(
    from text: String, maximum: Decimal, allowsZero: Bool = false
  ) -> Result<Int64, ValidationError> {
    var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    var scale = 0
    if let suffix = body.last, let power = suffixPowers[suffix] {
      scale = power
      body = body.dropLast()
    }
    body = Substring(body.trimmingCharacters(in: .whitespaces))
    if body.first == "$" {
      body = Substring(body.dropFirst().trimmingCharacters(in: .whitespaces))
    }
    if let sign = body.first, minusSigns.contains(sign) { return .failure(notPositive) }
    guard let decimal = DecimalText(body, allowsGrouping: true) else {
      return .failure(unreadable)
    }
    var fraction = Substring(decimal.fractionDigits)
    while fraction.last == "0" { fraction = fraction.dropLast() }
    let places = 2 + scale
    guard fraction.count <= places else { return .failure(tooPrecise) }
    let digits =
      decimal.integerDigits + fraction
      + String(repeating: "0", count: places - fraction.count)
    let significant = digits.drop { $0 == "0" }
    if significant.isEmpty { return allowsZero ? .success(0) : .failure(notPositive) }
    let limit = maximum * 100
    guard let cents = Int64(significant), Decimal(cents) <= limit else {
      return .failure(tooLarge(maximum: limit))
    }
    return .success(cents)
  }

  private static let suffixPowers: [Character: Int] = ["k": 3, "K": 3, "m": 6, "M": 6]
  private static let minusSigns: Set<Character> = ["-", "\u{2212}"]

  private static func tooLarge(maximum limit: Decimal) -> ValidationError {
    let cents = Int64(limit.description) ?? Int64.max
    return ValidationError("That is more than \(MoneyFormat.dollars(cents)); check the amount.")
  }
}
