import LeverageCore
import PlainText
import TerminalUI

/// The plain-text table: labels, then one cell per offer with `*` after the leader's figure
/// and `-` where there is none, where each total falls on the ladder when one is set; the
/// notes underneath. Columns are as wide as their longest name or figure: on a page, width
/// is no limit, so nothing is cut.
enum OffersText {
  static func lines(_ comparison: OfferComparison, ladder: OfferLadder? = nil) -> [String] {
    let table = comparison.rows(placedOn: ladder)
    let labelWidth = table.map { DisplayWidth.of($0.label) }.max() ?? 0
    let shown =
      comparison.offers.map { PlainText.oneLine($0.name) }
      + table.flatMap { $0.cells.compactMap { $0.map(PlainText.oneLine) } }
    let cellWidth = (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 1
    let header =
      padded("", to: labelWidth)
      + comparison.offers.map { "  " + padded(PlainText.oneLine($0.name), to: cellWidth) }.joined()
    let rows = table.map { row in
      let cells = row.cells.enumerated().map { index, cell in
        let text = cell.map { PlainText.oneLine($0) + (row.leader == index ? "*" : "") } ?? "-"
        return "  " + padded(text, to: cellWidth)
      }
      return padded(row.label, to: labelWidth) + cells.joined()
    }
    let trimmed = ([header] + rows).map { String($0.reversed().drop { $0 == " " }.reversed()) }
    return trimmed
      + (comparison.notes.isEmpty ? [] : [""] + comparison.notes.map(PlainText.oneLine))
  }

  private static func padded(_ text: String, to width: Int) -> String {
    DisplayWidth.padded(DisplayWidth.fitted(text, width: width), to: width)
  }
}
