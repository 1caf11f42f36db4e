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
    let cells = row.cells.enumerated().map { index, cell in
      cell.map { cell in
        guard case .line(let line) = row.kind, let entry = offers[index].entries[line],
          let unit = unit(of: line, entry: entry)
        else { return PlainText.sanitized(cell) }
        return "\(cell) \(unit)"
      }
    }
    return TableRow(label: row.label, cells: cells, leader: row.leader, isTotal: row.kind == .total)
  }

  /// What a count on `line` counts, so no figure stands bare: "1 year", "4 nights a month",
  /// "6 months"; nil for money and text, which carry their own.
  static func unit(of line: OfferLine, entry: OfferEntry) -> String? {
    guard case .number(let plural) = line.kind, case .number(let value, _) = entry else {
      return nil
    }
    let unit = value == 1 ? String(plural.dropLast()) : plural
    // The line counts call nights in a month; its kind names only the nights.
    return line == .callNights ? unit + " a month" : unit
  }
}
