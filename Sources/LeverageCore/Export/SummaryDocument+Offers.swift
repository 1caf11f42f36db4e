import PlainText

extension SummaryDocument {
  /// Each offer's figures as the offers screen shows them, over the default horizon, with
  /// where its total falls on the ladder once that can be said; then what the totals rest on.
  static func offersSection(_ offers: [Offer], ladder: OfferLadder?) -> Section {
    let clean = PlainText.sanitized
    let comparison = OfferComparison(
      offers: offers, horizonYears: OfferComparison.defaultHorizonYears)
    let rows = comparison.rows(placedOn: ladder)
    var groups = offers.indices.map { index in
      let lines = rows.compactMap { row -> String? in
        guard let cell = row.cells[index] else { return nil }
        return "\(row.label): \(clean(cell))" + (row.leader == index ? " (leads)" : "")
      }
      return Group(
        heading: clean(offers[index].name), entries: [Entry(label: nil, content: .figures(lines))],
        emptyNote: nil)
    }
    if !comparison.notes.isEmpty {
      groups.append(
        Group(
          heading: nil,
          entries: [
            Entry(label: nil, content: .items(comparison.notes.map(clean), ordered: false))
          ],
          emptyNote: nil))
    }
    return Section(heading: "Offers side by side", groups: groups)
  }
}
