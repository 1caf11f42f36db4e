/// What one cell of an offer holds. A leading `~` typed with a figure marks it as the user's
/// estimate, so the comparison can say which totals rest on a guess.
public enum OfferEntry: Equatable, Sendable {
  /// Whole cents, so sums never drift.
  case money(cents: Int64, isEstimate: Bool)
  case number(Double, isEstimate: Bool)
  case text(String)

  public var isEstimate: Bool {
    switch self {
    case .money(_, let isEstimate), .number(_, let isEstimate): isEstimate
    case .text: false
    }
  }

  /// For a table cell: `$250,000`, `~$12,000`, `4,200`. Dollars are written in full rather
  /// than as `$250k`: every figure under $10,000,000 still fits the 13-column cell with its
  /// `~` and a leader's mark, and the full form is the one an offer letter uses.
  public var display: String {
    switch self {
    case .money(let cents, let isEstimate): Self.mark(isEstimate) + MoneyFormat.dollars(cents)
    case .number(let value, let isEstimate): Self.mark(isEstimate) + DecimalText.grouped(value)
    case .text(let text): text
    }
  }

  /// The cell as the table, `leverage offers` and the exports show it: a count with what it
  /// counts, so no figure stands bare ("3 months", "12,400 wRVUs", "1 year").
  public func display(on line: OfferLine) -> String {
    guard case .number(let plural) = line.kind, case .number(let value, _) = self else {
      return display
    }
    let unit = value == 1 ? String(plural.dropLast()) : plural
    // The line counts call nights in a month; its kind names only the nights.
    return display + " " + unit + (line == .callNights ? " a month" : "")
  }

  /// The text to put back in the field for editing, which `parse` reads as the same entry:
  /// `~12,000`, `4,200.5`.
  public var editText: String {
    switch self {
    case .money(let cents, let isEstimate):
      Self.mark(isEstimate) + String(MoneyFormat.dollars(cents).drop { $0 == "$" })
    case .number, .text: display
    }
  }

  private static func mark(_ isEstimate: Bool) -> String {
    isEstimate ? "~" : ""
  }
}
