/// The offers screen: the offers side by side, the horizon their totals are spread over, the
/// cell the user is on and what they are typing into it.
public struct OffersState: Equatable, Sendable {
  /// The one-line field open on the screen, and what Enter will do with it.
  public enum Field: Equatable, Sendable {
    case newName
    case name(id: Int64)
    case entry(id: Int64, line: OfferLine)
  }

  /// In the order they were added.
  public internal(set) var offers: [Offer] = []
  public internal(set) var horizonYears = OfferComparison.defaultHorizonYears
  /// The offer (column) and line (row) the cursor is on.
  public internal(set) var column = 0
  public internal(set) var line = OfferLine.salary
  public internal(set) var editing = RowEditing<Field>()
  /// Step 3's figures still to be written into a new current job, one write at a time.
  public internal(set) var carrying: [CarriedEntry] = []

  public init() {}

  public var selected: Offer? {
    offers.indices.contains(column) ? offers[column] : nil
  }

  public var comparison: OfferComparison {
    OfferComparison(offers: offers, horizonYears: horizonYears)
  }
}
