import Foundation
import LeverageCore
import TerminalUI

/// Every saved answer, newest first, with a search as you type, filters and a detail view.
enum ReviewScreen {
  static func draw(
    _ state: CoachState, review: ReviewState, timeZone: TimeZone, on screen: inout Screen
  ) {
    let size = screen.size
    let count = review.page.total == 1 ? "1 answer" : "\(review.page.total) answers"
    Chrome.drawHeader(title: "\(state.course.title) · Review", status: count, on: &screen)
    drawFilters(state, review: review, on: &screen)
    let body = Rect(x: 2, y: 4, width: size.width - 4, height: size.height - 6)
    screen.cursor = nil
    switch review.mode {
    case .list, .confirmDelete:
      ReviewList.draw(state, review: review, timeZone: timeZone, in: body, on: &screen)
    case .detail:
      ReviewDetail.draw(state, review: review, timeZone: timeZone, in: body, on: &screen)
    }
    if review.isSearching {
      let field = searchField(size: size)
      LineEditor.draw(
        review.search, at: field.origin, width: field.width, focused: true,
        placeholder: "type words to find", on: &screen)
    }
    drawStatusLine(state, review: review, on: &screen)
  }

  private static func searchField(size: Size) -> (origin: Point, width: Int) {
    (Point(x: 10, y: 2), min(30, size.width - 12))
  }

  private static func drawFilters(_ state: CoachState, review: ReviewState, on screen: inout Screen)
  {
    screen.put("Search:", at: Point(x: 2, y: 2), style: Theme.heading)
    let field = searchField(size: screen.size)
    if !review.isSearching {
      let shown = review.search.text.isEmpty ? "press / to search" : review.search.text
      screen.put(
        shown, at: field.origin, style: review.search.text.isEmpty ? Theme.muted : Theme.body,
        maxWidth: field.width)
    }
    let unit =
      review.unitID.flatMap { id in state.outline.stops.first { $0.unit.id == id } }
      .map(\.unit.title) ?? "all units"
    let filters =
      "\(unit) · \(review.period.label) · \(review.latestOnly ? "latest only" : "all revisions")"
    let x = field.origin.x + field.width + 2
    screen.put(
      DisplayWidth.fitted(filters, width: screen.size.width - x - 2), at: Point(x: x, y: 2),
      style: Theme.muted)
  }

  private static func drawStatusLine(
    _ state: CoachState, review: ReviewState, on screen: inout Screen
  ) {
    let y = screen.size.height - 2
    let width = screen.size.width - 4
    if review.mode == .confirmDelete {
      let revisions = max(1, review.history.count)
      let what = revisions == 1 ? "this answer" : "this answer and its \(revisions) revisions"
      Chrome.drawNotice(
        .error("Delete \(what)? y deletes (u undoes it), n keeps it."), at: Point(x: 2, y: y),
        width: width, on: &screen)
    } else {
      Chrome.drawNotice(state.notice, at: Point(x: 2, y: y), width: width, on: &screen)
    }
  }
}

extension CoachState {
  /// "3 · What is your salary…": where an answer belongs, for lists. An answer kept from a
  /// prompt this course does not have says so, as `leverage journal list` does.
  func label(of key: PromptKey) -> String {
    guard let position = outline.position(of: key) else {
      return "[not in this course] \(key.unitID)/\(key.promptID)"
    }
    let stop = outline.stops[position.unitIndex]
    let step = stop.stepNumber.map { "\($0)" } ?? "·"
    return "\(step) \(outline.prompt(at: position).question)"
  }
}
