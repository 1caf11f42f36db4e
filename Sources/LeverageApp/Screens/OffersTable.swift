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
    let columns = visibleColumns(
      count: offers.offers.count, selected: offers.column, width: area.width)
    drawNames(offers, columns: columns, at: Point(x: area.x, y: area.y), on: &screen)
    if offers.offers.isEmpty {
      screen.put(
        "No offers yet: press a.",
        at: Point(x: area.x + OffersScreen.labelWidth, y: area.y), style: Theme.muted,
        maxWidth: area.width - OffersScreen.labelWidth)
    }
    let pinned = pinnedRows(comparison, ladder: ladder)
    let lineRows = comparison.rows.filter { if case .line = $0.kind { true } else { false } }
    let room = max(1, area.height - 1 - pinned.count - 1)
    let selected = lineRows.firstIndex { $0.kind == .line(offers.line) } ?? 0
    let first = min(max(0, selected - room + 2), max(0, lineRows.count - room))
    var y = area.y + 1
    for row in lineRows.dropFirst(first).prefix(room) {
      let isSelected = row.kind == .line(offers.line)
      if case .line(let line) = row.kind {
        selectOnClick(line, columns: columns, offers: offers, x: area.x, y: y, on: &screen)
      }
      drawRow(
        row, columns: columns, selected: isSelected ? offers.column : nil, x: area.x, y: y,
        on: &screen)
      y += 1
    }
    screen.put(
      String(repeating: "─", count: area.width), at: Point(x: area.x, y: y), style: Theme.rule)
    y += 1
    for row in pinned where y < area.maxY {
      drawRow(row, columns: columns, selected: nil, x: area.x, y: y, on: &screen)
      y += 1
    }
  }

  /// A click on a line's label picks the line; on a cell, the line and the offer.
  private static func selectOnClick(
    _ line: OfferLine, columns: Range<Int>, offers: OffersState, x: Int, y: Int,
    on screen: inout Screen
  ) {
    screen.onClick(
      Rect(x: x, y: y, width: OffersScreen.labelWidth, height: 1),
      .offers(.cellSelected(line, column: offers.column)))
    for (slot, index) in columns.enumerated() {
      screen.onClick(
        Rect(
          x: x + OffersScreen.labelWidth + slot * OffersScreen.cellWidth, y: y,
          width: OffersScreen.cellWidth, height: 1),
        .offers(.cellSelected(line, column: index)))
    }
  }

  /// The offers that fit across, scrolled so the selected one is among them.
  private static func visibleColumns(count: Int, selected: Int, width: Int) -> Range<Int> {
    let fit = max(1, (width - OffersScreen.labelWidth) / OffersScreen.cellWidth)
    let first = min(max(0, selected - fit + 1), max(0, count - fit))
    return first..<min(count, first + fit)
  }

  private static func drawNames(
    _ offers: OffersState, columns: Range<Int>, at point: Point, on screen: inout Screen
  ) {
    for (slot, index) in columns.enumerated() {
      let name = DisplayWidth.fitted(offers.offers[index].name, width: OffersScreen.cellWidth - 1)
      let x = point.x + OffersScreen.labelWidth + slot * OffersScreen.cellWidth
      screen.put(
        DisplayWidth.padded(name, to: OffersScreen.cellWidth - 1, .right),
        at: Point(x: x, y: point.y),
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
    _ row: OfferComparison.Row, columns: Range<Int>, selected: Int?, x: Int, y: Int,
    on screen: inout Screen
  ) {
    let isTotal = row.kind == .total
    let labelStyle = selected != nil ? Theme.selected : isTotal ? Theme.heading : Theme.body
    screen.put(
      (selected != nil ? "▸ " : "  ") + row.label, at: Point(x: x, y: y), style: labelStyle,
      maxWidth: OffersScreen.labelWidth - 1)
    for (slot, index) in columns.enumerated() {
      let cellX = x + OffersScreen.labelWidth + slot * OffersScreen.cellWidth
      let value = row.cells.indices.contains(index) ? row.cells[index] : nil
      let leads = row.leader == index
      let text = DisplayWidth.fitted(
        (value ?? "—") + (leads ? "*" : " "), width: OffersScreen.cellWidth - 1)
      let style =
        index == selected
        ? Theme.selected
        : value == nil ? Theme.muted : leads || isTotal ? Theme.heading : Theme.body
      screen.put(
        DisplayWidth.padded(text, to: OffersScreen.cellWidth - 1, .right),
        at: Point(x: cellX, y: y), style: style)
    }
  }
}
