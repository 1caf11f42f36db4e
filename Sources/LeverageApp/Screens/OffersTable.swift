import LeverageCore
import TerminalUI

/// The comparison table: offer names across, contract lines down (scrolling to keep the
/// selected one in view), and the computed rows and the ladder pinned at the bottom.
enum OffersTable {
  static func draw(
    _ state: CoachState, comparison: OfferComparison, ladder: OfferLadder?, in area: Rect,
    on screen: inout Screen
  ) {
    let offers = state.offers
    let pinned = pinnedRows(comparison, ladder: ladder)
    let cellWidth = OffersScreen.cellWidth(
      names: offers.offers.map(\.name), rows: comparison.rows + pinned, width: area.width)
    let columns = Columns(
      shown: visibleColumns(
        count: offers.offers.count, selected: offers.column, width: area.width,
        cellWidth: cellWidth), cellWidth: cellWidth)
    let (namesRow, rest) = area.splitTop(1)
    drawNames(offers, columns: columns, in: namesRow, on: &screen)
    if offers.offers.isEmpty {
      screen.put(
        "No offers yet: press a.",
        at: Point(x: namesRow.x + OffersScreen.labelWidth, y: namesRow.y),
        style: Theme.muted, maxWidth: namesRow.width - OffersScreen.labelWidth)
    }
    let lineRows = comparison.rows.filter { if case .line = $0.kind { true } else { false } }
    // The selected line and one either side come first; the pinned rows take what is left.
    let lineRoom = min(
      rest.height, lineRows.count, max(min(3, lineRows.count), rest.height - 1 - pinned.count))
    let (linesArea, under) = rest.splitTop(lineRoom)
    let selected = lineRows.firstIndex { $0.kind == .line(offers.line) } ?? 0
    let after = lineRoom > 2 ? 1 : 0
    let first = min(max(0, selected + 1 + after - lineRoom), max(0, lineRows.count - lineRoom))
    for (row, line) in lineRows.dropFirst(first).prefix(linesArea.height).enumerated() {
      let isSelected = line.kind == .line(offers.line)
      if case .line(let offerLine) = line.kind {
        selectOnClick(
          offerLine, columns: columns, offers: offers, x: linesArea.x, y: linesArea.y + row,
          on: &screen)
      }
      drawRow(
        line, columns: columns, selected: isSelected ? offers.column : nil,
        x: linesArea.x, y: linesArea.y + row, on: &screen)
    }
    let (rule, pinnedArea) = under.splitTop(1)
    if !rule.isEmpty {
      screen.put(
        String(repeating: "─", count: rule.width), at: Point(x: rule.x, y: rule.y),
        style: Theme.rule)
      // Lines out of sight are named on the rule, which costs the short table no row.
      let hidden = hiddenLines(above: first, below: lineRows.count - first - linesArea.height)
      if let hidden {
        screen.put(
          hidden, at: Point(x: rule.x + 2, y: rule.y), style: Theme.key, maxWidth: rule.width - 4)
      }
    }
    for (row, line) in shown(pinned, rows: pinnedArea.height).enumerated() {
      drawRow(
        line, columns: columns, selected: nil, x: pinnedArea.x, y: pinnedArea.y + row, on: &screen)
    }
  }

  /// " ▲ 2 ▼ 9 more lines: ↑↓ ", or nil when every line shows.
  private static func hiddenLines(above: Int, below: Int) -> String? {
    guard above > 0 || below > 0 else { return nil }
    let counts = [above > 0 ? "▲ \(above)" : nil, below > 0 ? "▼ \(below)" : nil].compactMap { $0 }
    let keys = above > 0 && below > 0 ? "↑↓" : above > 0 ? "↑" : "↓"
    let total = above + below
    return " \(counts.joined(separator: " ")) more \(total == 1 ? "line" : "lines"): \(keys) "
  }

  /// The pinned rows that fit in `rows`, in their order; the total and the ladder are the
  /// last to give way.
  private static func shown(_ pinned: [OfferComparison.Row], rows: Int) -> [OfferComparison.Row] {
    let keptLast: Set<OfferComparison.Row.Kind> = [.total, .ladder]
    let dropped = max(0, pinned.count - rows)
    let droppable = pinned.indices.filter { !keptLast.contains(pinned[$0].kind) }.prefix(dropped)
    return pinned.indices.filter { !droppable.contains($0) }.map { pinned[$0] }.prefix(rows).map {
      $0
    }
  }

  /// The offers on show, and how wide each one's column is.
  private struct Columns {
    let shown: Range<Int>
    let cellWidth: Int

    /// The left edge of the `slot`th column on show.
    func x(_ slot: Int, from x: Int) -> Int { x + OffersScreen.labelWidth + slot * cellWidth }
  }

  /// A click on a line's label picks the line; on a cell, the line and the offer.
  private static func selectOnClick(
    _ line: OfferLine, columns: Columns, offers: OffersState, x: Int, y: Int,
    on screen: inout Screen
  ) {
    screen.onClick(
      Rect(x: x, y: y, width: OffersScreen.labelWidth, height: 1),
      .offers(.cellSelected(line, column: offers.column)))
    for (slot, index) in columns.shown.enumerated() {
      screen.onClick(
        Rect(x: columns.x(slot, from: x), y: y, width: columns.cellWidth, height: 1),
        .offers(.cellSelected(line, column: index)))
    }
  }

  /// The offers that fit across, scrolled so the selected one is among them.
  private static func visibleColumns(count: Int, selected: Int, width: Int, cellWidth: Int)
    -> Range<Int>
  {
    let fit = max(1, (width - OffersScreen.labelWidth) / cellWidth)
    let first = min(max(0, selected - fit + 1), max(0, count - fit))
    return first..<min(count, first + fit)
  }

  /// The names of the offers on show; when some are off to the side, the label column says
  /// which are shown and that ←→ reach the others.
  private static func drawNames(
    _ offers: OffersState, columns: Columns, in row: Rect, on screen: inout Screen
  ) {
    let point = Point(x: row.x, y: row.y)
    let count = offers.offers.count
    let range = columns.shown
    if range.count < count {
      let shown =
        range.count == 1
        ? "\(range.lowerBound + 1)" : "\(range.lowerBound + 1)-\(range.upperBound)"
      screen.put(
        "  ←→ \(shown) of \(count)", at: point, style: Theme.muted,
        maxWidth: OffersScreen.labelWidth - 1)
    }
    for (slot, index) in range.enumerated() {
      let name = DisplayWidth.fitted(offers.offers[index].name, width: columns.cellWidth - 1)
      screen.put(
        DisplayWidth.padded(name, to: columns.cellWidth - 1, .right),
        at: Point(x: columns.x(slot, from: point.x), y: point.y),
        style: index == offers.column ? Theme.selected : Theme.heading)
    }
  }

  /// The totals, then where each offer's yearly total falls on the user's ladder.
  private static func pinnedRows(_ comparison: OfferComparison, ladder: OfferLadder?)
    -> [OfferComparison.Row]
  {
    var rows = comparison.rows.filter { if case .line = $0.kind { false } else { true } }
    if let ladder, !comparison.offers.isEmpty {
      rows.append(comparison.ladderRow(ladder))
    }
    return rows
  }

  private static func drawRow(
    _ row: OfferComparison.Row, columns: Columns, selected: Int?, x: Int, y: Int,
    on screen: inout Screen
  ) {
    let isTotal = row.kind == .total
    let labelStyle = selected != nil ? Theme.selected : isTotal ? Theme.heading : Theme.body
    screen.put(
      (selected != nil ? "▸ " : "  ") + row.label, at: Point(x: x, y: y), style: labelStyle,
      maxWidth: OffersScreen.labelWidth - 1)
    for (slot, index) in columns.shown.enumerated() {
      let cellX = columns.x(slot, from: x)
      let value = row.cells.indices.contains(index) ? row.cells[index] : nil
      let leads = row.leader == index
      let text = DisplayWidth.fitted(
        (value ?? "—") + (leads ? "*" : " "), width: columns.cellWidth - 1)
      let style =
        index == selected
        ? Theme.selected
        : value == nil ? Theme.muted : leads || isTotal ? Theme.heading : Theme.body
      screen.put(
        DisplayWidth.padded(text, to: columns.cellWidth - 1, .right),
        at: Point(x: cellX, y: y), style: style)
    }
  }
}
