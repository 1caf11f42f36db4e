import Foundation
import PlainText

extension OfferEntry {
  /// Longest text a text line keeps: a non-compete's scope in a few words, not the clause.
  public static let maximumTextLength = 80

  /// Dollars above this are a slip of the keyboard on any line of a physician's offer, and
  /// the cap keeps every total far from overflowing.
  static let maximumDollars: Decimal = 10_000_000

  /// `.success(nil)` for an empty field, which clears the cell. Figures may start with `~`
  /// to mark an estimate; none may be negative.
  public static func parse(
    _ raw: String, for line: OfferLine
  ) -> Result<OfferEntry?, ValidationError> {
    let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return .success(nil) }
    switch line.kind {
    case .text:
      return text(trimmed)
    case .money:
      return figure(trimmed) { body, isEstimate in
        MoneyParser.cents(from: body, maximum: maximumDollars, allowsZero: true)
          .map { .money(cents: $0, isEstimate: isEstimate) }
      }
    case .number(let unit):
      return figure(trimmed) { body, isEstimate in
        NumberParser.value(from: body).flatMap { value in
          let limit = maximum(of: line)
          guard value <= limit else {
            let text = MoneyFormat.grouped(DecimalText.plain(limit))
            return .failure(ValidationError("That is more than \(text) \(unit); check the figure."))
          }
          return .success(.number(value, isEstimate: isEstimate))
        }
      }
    }
  }

  /// Takes off the estimate mark and refuses a minus sign before `read` sees the figure.
  private static func figure(
    _ trimmed: String, read: (String, Bool) -> Result<OfferEntry, ValidationError>
  ) -> Result<OfferEntry?, ValidationError> {
    let isEstimate = trimmed.hasPrefix("~")
    let body = isEstimate ? trimmed.dropFirst().trimmingCharacters(in: .whitespaces) : trimmed
    if body.isEmpty { return .failure(ValidationError("Type a figure after the ~, like ~12k.")) }
    if isNegative(body) {
      return .failure(ValidationError("Enter zero or more: no figure here can be negative."))
    }
    return read(body, isEstimate).map(Optional.some)
  }

  /// Kept on one line and without the characters a terminal acts on, as every cell is shown.
  private static func text(_ trimmed: String) -> Result<OfferEntry?, ValidationError> {
    let cleaned = PlainText.oneLine(trimmed).trimmingCharacters(in: .whitespaces)
    if cleaned.isEmpty { return .success(nil) }
    guard cleaned.count <= maximumTextLength else {
      return .failure(
        ValidationError(
          "Keep it to \(maximumTextLength) characters (you have \(cleaned.count))."))
    }
    return .success(.text(cleaned))
  }

  private static func isNegative(_ body: String) -> Bool {
    let unsigned = body.hasPrefix("$") ? body.dropFirst().drop(while: \.isWhitespace) : body[...]
    return unsigned.first == "-" || unsigned.first == "\u{2212}"
  }

  /// Beyond these a figure is a typo: a month has at most 31 nights, a year 365 days.
  private static func maximum(of line: OfferLine) -> Double {
    switch line {
    case .clawbackYears: 30
    case .callNights: 31
    case .cmeDays: 365
    case .noticeMonths: 60
    default: 100_000
    }
  }
}
