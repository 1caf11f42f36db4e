/// The sentences under the comparison table that say what its totals rest on.
enum OfferNotes {
  static let estimateNote = "~ marks your estimate."

  static func notes(offers: [Offer], annualised: [AnnualisedOffer], horizonYears: Int) -> [String] {
    var notes: [String] = []
    for (index, (offer, figures)) in zip(offers, annualised).enumerated() {
      let name = offer.name.allSatisfy(\.isWhitespace) ? "Offer \(index + 1)" : offer.name
      if figures.bonusIsRepaid, let bonus = offer.entries[.signingBonus],
        let clawback = offer.entries[.clawbackYears]
      {
        notes.append(
          "\(name): the \(bonus.display) bonus is repaid if you leave within "
            + "\(clawback.display) years, past your \(horizonYears)-year horizon, "
            + "so it counts as $0.")
      }
      let gaps = figures.missingLines.filter { $0 != .clawbackYears }
      if !gaps.isEmpty {
        notes.append("\(name): no figure yet for \(list(gaps)), so its total is incomplete.")
      }
      if figures.missingLines.contains(.clawbackYears) {
        notes.append("\(name): no clawback period for the bonus, so all of it counts.")
      }
    }
    if offers.contains(where: { $0.entries.values.contains(where: \.isEstimate) }) {
      notes.append(estimateNote)
    }
    return notes
  }

  /// "salary", "salary and tail cost you pay", "salary, pay per wRVU and tail cost you pay".
  private static func list(_ lines: [OfferLine]) -> String {
    let names = lines.map { line in
      let label = line.label
      // "wRVUs a year" keeps its lower-case w; other labels start a sentence.
      return label.prefix(1).lowercased() + label.dropFirst()
    }
    guard let last = names.last, names.count > 1 else { return names.joined() }
    return names.dropLast().joined(separator: ", ") + " and " + last
  }
}
