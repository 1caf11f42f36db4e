/// Writes cents as people read dollars, in a form `MoneyParser` reads back.
public enum MoneyFormat {
  /// `$250,000`, or `$250,000.50` when there are cents; `-$20,000` below zero.
  public static func dollars(_ cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    return "\(sign)$\(grouped(String(cents.magnitude / 100)))\(centsSuffix(cents))"
  }

  /// `250,000` or `250,000.50`: the figure of a field that shows its own "$".
  public static func figure(_ cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    return "\(sign)\(grouped(String(cents.magnitude / 100)))\(centsSuffix(cents))"
  }

  /// Digits with a comma between thousands: `250000` becomes `250,000`.
  static func grouped(_ digits: String) -> String {
    var grouped = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return grouped
  }

  /// Digits alone, `250000` or `250000.50`, for full-text search to match what was typed.
  static func plainDollars(_ cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    return "\(sign)\(cents.magnitude / 100)\(centsSuffix(cents))"
  }

  private static func centsSuffix(_ cents: Int64) -> String {
    let remainder = cents.magnitude % 100
    if remainder == 0 { return "" }
    return remainder < 10 ? ".0\(remainder)" : ".\(remainder)"
  }
}
