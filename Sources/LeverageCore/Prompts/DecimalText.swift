/// A non-negative decimal as typed, split into its digits so money can be counted exactly.
///
/// Only ASCII digits count: other scripts' digits (`١٢٣`, `２５０`) are refused everywhere
/// rather than read in some fields and not others.
struct DecimalText: Equatable {
  var integerDigits: String
  var fractionDigits: String

  /// Separators people type between groups of thousands: `4,200`, `250 000`.
  private static let groupSeparators: Set<Character> = [",", " ", "\u{A0}", "\u{202F}"]

  /// Group separators are taken loosely (`1,2,3` reads as 123) but only between two digits
  /// before the point; anything else but digits and one point is refused.
  init?(_ text: some StringProtocol, allowsGrouping: Bool) {
    let characters = Array(text)
    var integerDigits = ""
    var fractionDigits = ""
    var seenPoint = false
    for (index, character) in characters.enumerated() {
      if Self.isDigit(character) {
        if seenPoint {
          fractionDigits.append(character)
        } else {
          integerDigits.append(character)
        }
      } else if character == "." && !seenPoint {
        seenPoint = true
      } else if allowsGrouping, !seenPoint, Self.groupSeparators.contains(character),
        index > 0, Self.isDigit(characters[index - 1]),
        index + 1 < characters.count, Self.isDigit(characters[index + 1])
      {
        continue
      } else {
        return nil
      }
    }
    let complete = seenPoint ? !fractionDigits.isEmpty : !integerDigits.isEmpty
    guard complete else { return nil }
    self.integerDigits = integerDigits
    self.fractionDigits = fractionDigits
  }

  /// The decimals that count: `4200.50` has one.
  var significantDecimals: Int {
    fractionDigits.count - fractionDigits.reversed().prefix { $0 == "0" }.count
  }

  /// The nearest Double, or nil when the digits overflow it.
  var double: Double? {
    let integer = integerDigits.isEmpty ? "0" : integerDigits
    let fraction = fractionDigits.isEmpty ? "0" : fractionDigits
    guard let value = Double("\(integer).\(fraction)"), value.isFinite else { return nil }
    return value
  }

  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isWholeNumber
  }

  /// The shortest decimal that reads back as the same Double, never in exponent form
  /// (`1e-05`), since the fields refuse letters: `4200`, `4200.5`, `0.00001`.
  static func plain(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    if value == 0 { return "0" }
    if value < 0 { return "-" + plain(-value) }
    let parts = "\(value)".split(separator: "e")
    let mantissa = parts[0]
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let digits = mantissa.filter { $0 != "." }
    let pointInMantissa = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
    let point = mantissa.distance(from: mantissa.startIndex, to: pointInMantissa) + exponent
    let text: String
    if point <= 0 {
      text = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      text = digits + String(repeating: "0", count: point - digits.count)
    } else {
      let split = digits.index(digits.startIndex, offsetBy: point)
      text = digits[..<split] + "." + digits[split...]
    }
    return text.contains(".") ? trimmingFractionZeros(text) : text
  }

  /// `plain` with a comma between thousands, as people read counts: `12,400`, `4,200.5`.
  static func grouped(_ value: Double) -> String {
    let plain = plain(value)
    guard let point = plain.firstIndex(of: ".") else { return MoneyFormat.grouped(plain) }
    return MoneyFormat.grouped(String(plain[..<point])) + plain[point...]
  }

  private static func trimmingFractionZeros(_ text: String) -> String {
    var result = Substring(text)
    while result.last == "0" { result = result.dropLast() }
    if result.last == "." { result = result.dropLast() }
    return String(result)
  }
}
