import LeverageCore
import TerminalUI

/// The wrap-up's action items: a checklist with due dates, and one line to type into.
enum ActionItemsScreen {
  /// Below this width a due date shows only how far off it is, so titles keep their room.
  private static let fullDueWidth = 64

  static func draw(_ state: CoachState, on screen: inout Screen) {
    let actions = state.actions
    let open = actions.items.filter { !$0.isDone }.count
    Chrome.drawHeader(
      title: "\(state.course.title) · Action items", status: "\(open) open", on: &screen)
    let (body, notice) = Chrome.bodyAndNotice(screen.size, notice: state.notice)
    let (content, field) = body.splitBottom(1)
    // A blank row under the header, the intro, a blank row, the list, a blank row above the
    // field; the intro gives up its rows first, so at least three items show.
    let rest = content.splitTop(1).1.splitBottom(1).0
    let intro = TextWrap.wrap(
      "What you'll do next. Tick each one off as it's done; d gives it a due date.",
      width: max(1, rest.width))
    let introRows = min(intro.count, max(0, rest.height - 4))
    let (introArea, below) = rest.splitTop(introRows)
    for (row, line) in intro.prefix(introRows).enumerated() {
      screen.put(line, at: Point(x: introArea.x, y: introArea.y + row), style: Theme.muted)
    }
    let list = below.splitTop(introRows > 0 ? 1 : 0).1
    if actions.items.isEmpty {
      screen.put(
        "No action items. Press a to add one.", at: Point(x: list.x + 2, y: list.y),
        maxWidth: list.width - 2)
    }
    // The list follows the selection; when it does not fit, the last row says how many
    // items are out of sight, as the course map does.
    let count = actions.items.count
    let shown = count > list.height ? max(1, list.height - 1) : list.height
    let first = min(max(0, actions.selection - shown + 1), max(0, count - shown))
    ScrolledLines.draw(count: count, scroll: first, in: list, down: "↓", up: "↑", on: &screen) {
      index, row, screen in
      drawItem(
        actions.items[index], actions: actions, today: state.today, index: index, in: row,
        on: &screen)
    }
    drawField(actions, in: field, on: &screen)
    drawNotice(state, in: notice, on: &screen)
  }

  /// The course map's line on what is overdue or due soon; nothing when all is calm.
  static func drawDigest(
    _ actions: ActionItemsState, today: CalendarDate, in row: Rect, on screen: inout Screen
  ) {
    guard let summary = ActionItemsDigest.summary(actions.items, today: today) else {
      return
    }
    let overdue = actions.items.contains {
      if case .overdue = ActionItemsDigest.standing(of: $0, today: today) {
        true
      } else {
        false
      }
    }
    screen.put(
      DisplayWidth.fitted(summary, width: row.width), at: Point(x: row.x, y: row.y),
      style: overdue ? Theme.error : Theme.info)
  }

  private static func drawItem(
    _ item: ActionItem, actions: ActionItemsState, today: CalendarDate, index: Int, in row: Rect,
    on screen: inout Screen
  ) {
    let isSelected = index == actions.selection
    var style = item.isDone ? Theme.muted : Theme.body
    if isSelected {
      style = Theme.selected
      screen.fill(row, style: style)
    }
    screen.onClick(row, .actionItems(.selectionMoved(by: index - actions.selection)))
    let due = dueColumn(item, today: today, full: row.width + 4 >= fullDueWidth)
    let (main, dueArea) = row.splitLeft(row.width - DisplayWidth.of(due) - 1)
    let (marks, title) = main.splitLeft(6)
    screen.put(isSelected ? "▸" : " ", at: Point(x: marks.x, y: row.y), style: style)
    screen.put(item.isDone ? "[x]" : "[ ]", at: Point(x: marks.x + 2, y: row.y), style: style)
    screen.put(due, at: Point(x: dueArea.x, y: row.y), style: style)
    screen.put(
      DisplayWidth.fitted(item.title, width: title.width - 2), at: Point(x: title.x, y: row.y),
      style: style)
  }

  /// "2026-03-04  due in 3 days", or only "due in 3 days" where the row is narrow.
  private static func dueColumn(_ item: ActionItem, today: CalendarDate, full: Bool) -> String {
    if item.isDone { return "done" }
    guard let due = item.dueDate, let text = ActionItemsDigest.dueText(of: item, today: today)
    else { return "no due date" }
    return full ? "\(due.iso)  \(text)" : text
  }

  private static func drawField(_ actions: ActionItemsState, in row: Rect, on screen: inout Screen)
  {
    let label: String
    switch actions.editing.field {
    case .newTitle?: label = "New action item: "
    case .title?: label = "Rename to: "
    case .dueDate?: label = "Due date: "
    case nil:
      screen.cursor = nil
      return
    }
    let (_, input) = row.splitLeft(
      screen.put(label, at: Point(x: row.x, y: row.y), style: Theme.heading))
    let placeholder = actions.editing.field == .newTitle ? "e.g. Call the recruiter" : ""
    let isDate = if case .dueDate? = actions.editing.field { true } else { false }
    LineEditor.draw(
      actions.editing.buffer, at: Point(x: input.x, y: input.y), width: input.width,
      focused: true,
      placeholder: isDate ? "YYYY-MM-DD, empty for none" : placeholder, on: &screen)
  }

  private static func drawNotice(_ state: CoachState, in row: Rect, on screen: inout Screen) {
    if let id = state.actions.editing.pendingDelete,
      let item = state.actions.items.first(where: { $0.id == id })
    {
      Chrome.drawDeleteQuestion(item.title, in: row, on: &screen)
    } else {
      Chrome.drawNotice(state.notice, in: row, on: &screen)
    }
  }
}
