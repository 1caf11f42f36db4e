import Foundation
import LeverageCore
import TerminalUI

/// The review's list: one line per answer, the highlighted one reversed.
enum ReviewList {
  static func draw(
    _ state: CoachState, review: ReviewState, timeZone: TimeZone, in area: Rect,
    on screen: inout Screen
  ) {
    guard review.page.total > 0 else {
      let message =
        review.search.text.isEmpty && review.unitID == nil && review.period == .allTime
        ? "No answers yet. Answer a prompt in the course and it shows here."
        : "Nothing matches. Esc clears the search; Tab and t change the filters."
      screen.putWrapped(message, in: area, style: Theme.muted)
      return
    }
    let loaded = review.page.offset..<(review.page.offset + review.page.answers.count)
    // When the matches do not fit, the last row says how many are out of sight.
    let total = review.page.total
    let (rows, markerRow) =
      total > area.height
      ? area.splitBottom(1) : (area, Rect(x: area.x, y: area.maxY, width: 0, height: 0))
    let top = min(
      max(loaded.lowerBound, review.selection - rows.height / 2),
      max(loaded.lowerBound, loaded.upperBound - rows.height))
    drawMarker(below: total - top - rows.height, in: markerRow, on: &screen)
    let area = rows
    let labelWidth = min(34, area.width / 3)
    for row in 0..<area.height {
      let index = top + row
      guard loaded.contains(index) else { break }
      let answer = review.page.answers[index - review.page.offset]
      let y = area.y + row
      let selected = index == review.selection
      let style = selected ? Theme.selected : Theme.body
      let line = Rect(x: area.x, y: y, width: area.width, height: 1)
      if selected { screen.fill(line, style: style) }
      screen.onClick(
        line,
        selected ? .review(.detailOpened) : .review(.selectionMoved(by: index - review.selection)))
      var x = area.x
      x += screen.put(
        CalendarDate.minuteText(answer.createdAt, in: timeZone), at: Point(x: x, y: y),
        style: selected ? style : Theme.muted)
      x += 2
      screen.put(
        DisplayWidth.fitted(state.label(of: answer.key), width: labelWidth), at: Point(x: x, y: y),
        style: style)
      x += labelWidth + 2
      HighlightedLine.put(
        shown(answer.value.displayText, search: review.search.text, width: area.maxX - x),
        search: review.search.text, at: Point(x: x, y: y), maxWidth: area.maxX - x, style: style,
        on: &screen)
    }
  }

  /// "▼ 12 more answers: ↓", or "▲ top: ↑" at the end, as every scrolled list says.
  private static func drawMarker(below: Int, in row: Rect, on screen: inout Screen) {
    guard !row.isEmpty else { return }
    let marker =
      below > 0 ? "▼ \(below) more \(below == 1 ? "answer" : "answers"): ↓" : "▲ top: ↑"
    screen.put(marker, at: Point(x: row.x, y: row.y), style: Theme.key, maxWidth: row.width)
  }

  /// While searching, the part of the answer around the match, as `journal search` prints
  /// it; otherwise its first line.
  private static func shown(_ text: String, search: String, width: Int) -> String {
    guard !SearchPattern.words(search).isEmpty else { return firstLine(text) }
    return SearchSnippet(of: text, query: search, width: width, columns: DisplayWidth.of).text
  }

  static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
  }
}
