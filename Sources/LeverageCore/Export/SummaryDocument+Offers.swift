import PlainText

extension SummaryDocument {
  /// The offers side by side as one table over the default horizon, a column an offer and a
  /// row each line some offer has a figure for, with where each total falls on the ladder
  /// once that can be said; then what the totals rest on, under a heading of its own so it
  /// never reads as one offer's figures.
  static func offersSection(_ offers: [Offer], ladder: OfferLadder?) -> Section {
    let comparison = OfferComparison(
      offers: offers, horizonYears: OfferComparison.defaultHorizonYears)
    let rows = comparison.rows(placedOn: ladder).filter { $0.cells.contains { $0 != nil } }
    let table = Table(
      columns: offers.enumerated().map { index, offer in
        let name = PlainText.sanitized(offer.name)
        return name.allSatisfy(\.isWhitespace) ? "Offer \(index + 1)" : name
      },
      rows: rows.map { tableRow($0, offers: offers) })
    var groups = [
      Group(heading: nil, entries: [Entry(label: nil, content: .table(table))], emptyNote: nil)
    ]
    if !comparison.notes.isEmpty {
      let notes = comparison.notes.map(PlainText.sanitized)
      groups.append(
        Group(
          heading: "What the totals rest on",
          entries: [Entry(label: nil, content: .items(notes, ordered: false))], emptyNote: nil))
    }
    return Section(heading: "Offers side by side", groups: groups)
  }

  private static func tableRow(_ row: OfferComparison.Row, offers: [Offer]) -> TableRow {
    TableRow(
      label: row.label, cells: row.cells.map { $0.map(PlainText.sanitized) }, leader: row.leader,
      isTotal: row.kind == .total)
  }
}
