import LeverageCore
import TerminalUI

/// Offers side by side: a column per offer, a row per line of the contract, and the totals
/// over the chosen horizon pinned under them. The table is also where figures are typed.
enum OffersScreen {
  static let labelWidth = 20
  /// The narrowest column: every figure under $10,000,000 with its `~` and the leader's `*`.
  static let minimumCellWidth = 13

  /// A column wide enough for the longest name or cell (and a column between), so nothing
  /// is cut where the terminal has room; on a narrow one, no wider than lets every offer
  /// show, and never under `minimumCellWidth`.
  static func cellWidth(names: [String], rows: [OfferComparison.Row], width: Int) -> Int {
    let cells = rows.flatMap { $0.cells.compactMap { $0 } }
    let widest = (names + cells).map { DisplayWidth.of($0) }.max() ?? 0
    let room = (width - labelWidth) / max(1, names.count)
    return max(minimumCellWidth, min(widest + 2, room))
  }

  static func draw(_ state: CoachState, on screen: inout Screen) {
    let offers = state.offers
    let comparison = offers.comparison
    let ladder = OfferLadder(
      course: state.course, answers: state.answers, offers: state.offers.offers)
    Chrome.drawHeader(
      title: "\(state.course.title) · Offers side by side",
      status: "totals over \(comparison.horizonYears) year"
        + (comparison.horizonYears == 1 ? "" : "s"),
      on: &screen)
    let (body, notice) = Chrome.bodyAndNotice(screen.size, notice: state.notice)
    let (content, field) = body.splitBottom(1)
    // The table needs its names, lines, rule and pinned totals; the rest explains them.
    let tableRows = 2 + OfferLine.allCases.count + 5
    let info = infoLines(
      state, comparison: comparison, ladder: ladder, width: content.width,
      rows: max(screen.size.height / 6, content.height - tableRows))
    let (table, infoArea) = content.splitTop(min(content.height - info.count, tableRows))
    for (offset, line) in info.enumerated() {
      screen.put(
        line.text, at: Point(x: infoArea.x, y: infoArea.y + offset), style: line.style,
        maxWidth: infoArea.width)
    }
    OffersTable.draw(state, comparison: comparison, ladder: ladder, in: table, on: &screen)
    drawField(offers, in: field, on: &screen)
    drawNotice(state, in: notice, on: &screen)
  }

  private struct InfoLine {
    let text: String
    let style: Style
  }

  /// What to type in the selected line and the reference figures beside it, then as many
  /// whole notes as fit in `rows`: a note cut in half would mislead.
  private static func infoLines(
    _ state: CoachState, comparison: OfferComparison, ladder: OfferLadder?, width: Int,
    rows: Int
  ) -> [InfoLine] {
    let line = state.offers.line
    var lines = TextWrap.wrap(line.hint, width: width).map {
      InfoLine(text: $0, style: Theme.muted)
    }
    for figure in ReferenceFigure.figures(
      for: line, specialty: state.course.specialty(answers: state.answers))
    {
      lines.append(
        InfoLine(text: DisplayWidth.fitted(figure.line, width: width), style: Theme.source))
    }
    lines = Array(lines.prefix(rows))
    var notes = comparison.notes
    if let carried = state.course.carriedNote(offers: comparison.offers, answers: state.answers) {
      notes.insert(carried, at: 0)
    }
    if !comparison.offers.isEmpty {
      notes.append("* marks the offer that leads on a line.")
      if ladder?.canPlaceOffers == false {
        notes.append("Set your walk-away and target in the ladder unit to place offers on it.")
      }
    }
    for note in notes {
      let wrapped = TextWrap.wrap(note, width: width)
      guard lines.count + wrapped.count <= rows else { break }
      lines += wrapped.map { InfoLine(text: $0, style: Theme.body) }
    }
    return lines
  }

  private static func drawField(_ offers: OffersState, in row: Rect, on screen: inout Screen) {
    let label: String
    switch offers.editing.field {
    case .newName?: label = "Name of the offer: "
    case .name?: label = "Rename to: "
    case .entry(let id, let line)?:
      let name = offers.offers.first { $0.id == id }?.name ?? ""
      label = DisplayWidth.fitted("\(line.label), \(name): ", width: min(40, row.width / 2))
    case nil:
      screen.cursor = nil
      return
    }
    let (_, input) = row.splitLeft(
      screen.put(label, at: Point(x: row.x, y: row.y), style: Theme.heading))
    let placeholder = offers.editing.field == .newName ? "e.g. Current job, Northside Clinic" : ""
    LineEditor.draw(
      offers.editing.buffer, at: Point(x: input.x, y: input.y), width: input.width,
      focused: true, placeholder: placeholder, on: &screen)
  }

  private static func drawNotice(_ state: CoachState, in row: Rect, on screen: inout Screen) {
    if let id = state.offers.editing.pendingDelete,
      let offer = state.offers.offers.first(where: { $0.id == id })
    {
      Chrome.drawDeleteQuestion(offer.name, what: "the offer ", in: row, on: &screen)
    } else {
      Chrome.drawNotice(state.notice, in: row, on: &screen)
    }
  }
}
