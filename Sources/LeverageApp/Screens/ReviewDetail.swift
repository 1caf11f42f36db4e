import Foundation
import LeverageCore
import TerminalUI

/// One answer in full, with every revision of its prompt underneath.
enum ReviewDetail {
  static func draw(
    _ state: CoachState, review: ReviewState, timeZone: TimeZone, in area: Rect,
    on screen: inout Screen
  ) {
    guard let answer = review.shownRevision else { return }
    var y = area.y
    let unit =
      state.outline.position(of: answer.key)
      .map { state.outline.stops[$0.unitIndex].unit.title } ?? answer.key.unitID
    y += screen.putWrapped(
      "\(unit) › \(state.label(of: answer.key))",
      in: Rect(x: area.x, y: y, width: area.width, height: 2), style: Theme.heading)
    let total = max(review.history.count, answer.revision)
    screen.put(
      "Revision \(answer.revision) of \(total) · saved "
        + CalendarDate.minuteText(answer.createdAt, in: timeZone),
      at: Point(x: area.x, y: y), style: Theme.muted, maxWidth: area.width)
    y += 2
    let historyRows = review.history.count > 1 ? min(review.history.count, 5) + 2 : 0
    let textRows = max(1, area.maxY - y - historyRows)
    for line in TextWrap.wrap(answer.value.displayText, width: area.width).prefix(textRows) {
      HighlightedLine.put(
        line, search: review.search.text, at: Point(x: area.x, y: y), maxWidth: area.width,
        style: Theme.body, on: &screen)
      y += 1
    }
    guard historyRows > 0 else { return }
    y = area.maxY - historyRows + 1
    screen.put("History", at: Point(x: area.x, y: y), style: Theme.heading)
    y += 1
    let first = max(0, min(review.historySelection - 2, review.history.count - (historyRows - 2)))
    for (offset, revision) in review.history.dropFirst(first).prefix(historyRows - 2).enumerated() {
      let index = first + offset
      let shown = index == review.historySelection
      let line =
        "\(shown ? "▸" : " ") rev \(revision.revision)  "
        + CalendarDate.minuteText(revision.createdAt, in: timeZone) + "  "
        + ReviewList.firstLine(revision.value.displayText)
      screen.put(
        line, at: Point(x: area.x, y: y + offset), style: shown ? Theme.heading : Theme.muted,
        maxWidth: area.width)
    }
  }
}
