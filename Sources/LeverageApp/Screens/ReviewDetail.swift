import Foundation
import LeverageCore
import TerminalUI

/// One answer in full, scrolled when it is long, with every revision of its prompt
/// underneath.
enum ReviewDetail {
  static func draw(
    _ state: CoachState, review: ReviewState, timeZone: TimeZone, in area: Rect,
    on screen: inout Screen
  ) {
    guard let answer = review.shownRevision else { return }
    let layout = Layout(state, review: review, answer: answer, in: area)
    screen.putWrapped(layout.heading, in: layout.headingArea, style: Theme.heading)
    let total = max(review.history.count, answer.revision)
    screen.put(
      "Revision \(answer.revision) of \(total) · saved "
        + CalendarDate.minuteText(answer.createdAt, in: timeZone),
      at: Point(x: layout.revisionRow.x, y: layout.revisionRow.y), style: Theme.muted,
      maxWidth: layout.revisionRow.width)
    ScrolledLines.draw(
      count: layout.text.count, scroll: review.detailScroll, in: layout.textArea, down: "PgDn",
      up: "PgUp", on: &screen
    ) { index, row, screen in
      HighlightedLine.put(
        layout.text[index], search: review.search.text, at: Point(x: row.x, y: row.y),
        maxWidth: row.width, style: Theme.body, on: &screen)
    }
    drawHistory(review, timeZone: timeZone, in: layout.historyArea, on: &screen)
  }

  /// The furthest the answer scrolls on a terminal of `size`.
  static func scrollLimit(_ state: CoachState, review: ReviewState, size: Size) -> Int {
    guard let answer = review.shownRevision else { return 0 }
    let layout = Layout(
      state, review: review, answer: answer,
      in: ReviewScreen.contentArea(size, notice: state.notice))
    return ScrolledLines.limit(lineCount: layout.text.count, height: layout.textArea.height)
  }

  /// One press of PgDn: the answer's rows less one, so a line stays for context.
  static func page(_ size: Size) -> Int {
    max(1, ReviewScreen.contentArea(size, notice: nil).height / 2 - 2)
  }

  /// The heading (two rows at most), the revision line, the answer, and the history, which
  /// takes at most half of what is under the revision line so the answer keeps its rows.
  private struct Layout {
    let heading: String
    let text: [String]
    let headingArea: Rect
    let revisionRow: Rect
    let textArea: Rect
    let historyArea: Rect

    init(_ state: CoachState, review: ReviewState, answer: SavedAnswer, in area: Rect) {
      let unit =
        state.outline.position(of: answer.key)
        .map { state.outline.stops[$0.unitIndex].unit.title } ?? answer.key.unitID
      heading = "\(unit) › \(state.label(of: answer.key))"
      text = TextWrap.wrap(answer.value.displayText, width: max(1, area.width))
      let headingRows = min(2, TextWrap.wrap(heading, width: max(1, area.width)).count)
      // The blank row under the revision line goes first on a short terminal.
      let gap = area.height >= 12 ? 1 : 0
      let pieces = area.splitRows([headingRows, 1, gap])
      (headingArea, revisionRow) = (pieces[0], pieces[1])
      let rest = area.splitTop(headingRows + 1 + gap).1
      let wanted = review.history.count > 1 ? min(review.history.count, 5) + 2 : 0
      let historyRows = min(wanted, max(3, rest.height / 2))
      (textArea, historyArea) = rest.splitBottom(historyRows)
    }
  }

  /// A blank row, "History", then the revisions, scrolled so the one shown is among them.
  private static func drawHistory(
    _ review: ReviewState, timeZone: TimeZone, in area: Rect, on screen: inout Screen
  ) {
    let pieces = area.splitRows([1, 1, area.height - 2])
    let (title, list) = (pieces[1], pieces[2])
    guard !list.isEmpty else { return }
    screen.put("History", at: Point(x: title.x, y: title.y), style: Theme.heading)
    let first = min(
      max(0, review.historySelection - list.height / 2),
      max(0, review.history.count - list.height))
    for (offset, revision) in review.history.dropFirst(first).prefix(list.height).enumerated() {
      let shown = first + offset == review.historySelection
      let line =
        "\(shown ? "▸" : " ") rev \(revision.revision)  "
        + CalendarDate.minuteText(revision.createdAt, in: timeZone) + "  "
        + ReviewList.firstLine(revision.value.displayText)
      screen.put(
        line, at: Point(x: list.x, y: list.y + offset),
        style: shown ? Theme.heading : Theme.muted, maxWidth: list.width)
    }
  }
}
