import Foundation
import LeverageCore
import TerminalUI

/// Every saved answer, newest first, with a search as you type, filters and a detail view.
enum ReviewScreen {
  static func draw(
    _ state: CoachState, review: ReviewState, timeZone: TimeZone, on screen: inout Screen
  ) {
    let count = review.page.total == 1 ? "1 answer" : "\(review.page.total) answers"
    Chrome.drawHeader(title: "\(state.course.title) · Review", status: count, on: &screen)
    let question = deleteQuestion(review)
    let shown = question.map { CoachState.Notice.error($0) } ?? state.notice
    let (body, notice) = Chrome.bodyAndNotice(screen.size, notice: shown)
    let filterRow = body.splitTop(1).0
    let (label, afterLabel) = filterRow.splitLeft(8)
    let (field, filters) = afterLabel.splitLeft(min(30, afterLabel.width / 2))
    drawFilters(state, review: review, label: label, field: field, filters: filters, on: &screen)
    let content = contentArea(screen.size, notice: shown)
    screen.cursor = nil
    switch review.mode {
    case .list, .confirmDelete:
      ReviewList.draw(state, review: review, timeZone: timeZone, in: content, on: &screen)
    case .detail:
      ReviewDetail.draw(state, review: review, timeZone: timeZone, in: content, on: &screen)
    }
    if review.isSearching {
      LineEditor.draw(
        review.search, at: Point(x: field.x, y: field.y), width: field.width, focused: true,
        placeholder: "type words to find", on: &screen)
    }
    Chrome.drawNotice(shown, in: notice, on: &screen)
  }

  /// Under the search line and a blank row, above the notice: the list or the detail view.
  static func contentArea(_ size: Size, notice: CoachState.Notice?) -> Rect {
    Chrome.bodyAndNotice(size, notice: notice).body.splitTop(2).1
  }

  private static func drawFilters(
    _ state: CoachState, review: ReviewState, label: Rect, field: Rect, filters: Rect,
    on screen: inout Screen
  ) {
    screen.put("Search:", at: Point(x: label.x, y: label.y), style: Theme.heading)
    if !review.isSearching {
      let shown = review.search.text.isEmpty ? "press / to search" : review.search.text
      screen.put(
        shown, at: Point(x: field.x, y: field.y),
        style: review.search.text.isEmpty ? Theme.muted : Theme.body, maxWidth: field.width)
    }
    let unit =
      review.unitID.flatMap { id in state.outline.stops.first { $0.unit.id == id } }
      .map(\.unit.title) ?? "all units"
    let text =
      "\(unit) · \(review.period.label) · \(review.latestOnly ? "latest only" : "all revisions")"
    let shown = filters.splitLeft(2).1
    screen.put(
      DisplayWidth.fitted(text, width: shown.width), at: Point(x: shown.x, y: shown.y),
      style: Theme.muted)
  }

  private static func deleteQuestion(_ review: ReviewState) -> String? {
    guard review.mode == .confirmDelete else { return nil }
    let revisions = max(1, review.history.count)
    let what = revisions == 1 ? "this answer" : "this answer and its \(revisions) revisions"
    return "Delete \(what)? y deletes (u undoes it), n keeps it."
  }
}

extension CoachState {
  /// "3 What is your salary…": where an answer belongs, for lists (`CourseOutline.label`).
  func label(of key: PromptKey) -> String { outline.label(of: key) }
}
