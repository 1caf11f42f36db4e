import LeverageCore
import TerminalUI

/// The wrap-up's action items: a checklist with due dates, and one line to type into.
enum ActionItemsScreen {
  static func draw(_ state: CoachState, on screen: inout Screen) {
    let size = screen.size
    let actions = state.actions
    let open = actions.items.filter { !$0.isDone }.count
    Chrome.drawHeader(
      title: "\(state.course.title) · Action items", status: "\(open) open", on: &screen)
    screen.put(
      "What you'll do next. Tick each one off as it's done; d gives it a due date.",
      at: Point(x: 2, y: 3), style: Theme.muted, maxWidth: size.width - 4)
    let top = 5
    let bottom = size.height - 4
    if actions.items.isEmpty {
      screen.put("No action items. Press a to add one.", at: Point(x: 4, y: top))
    }
    let visible = bottom - top
    let first = min(
      max(0, actions.selection - visible + 1), max(0, actions.items.count - visible))
    for (offset, item) in actions.items.dropFirst(first).prefix(visible).enumerated() {
      drawItem(
        item, actions: actions, today: state.today, index: first + offset, y: top + offset,
        on: &screen)
    }
    drawField(actions, y: size.height - 3, on: &screen)
    drawNotice(state, y: size.height - 2, on: &screen)
  }

  /// The course map's line on what is overdue or due soon; nothing when all is calm.
  static func drawDigest(
    _ actions: ActionItemsState, today: CalendarDate, at point: Point, on screen: inout Screen
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
      DisplayWidth.fitted(summary, width: screen.size.width - point.x - 2), at: point,
      style: overdue ? Theme.error : Theme.info)
  }

  private static func drawItem(
    _ item: ActionItem, actions: ActionItemsState, today: CalendarDate, index: Int, y: Int,
    on screen: inout Screen
  ) {
    let width = screen.size.width
    let isSelected = index == actions.selection
    var style = item.isDone ? Theme.muted : Theme.body
    let row = Rect(x: 2, y: y, width: width - 4, height: 1)
    if isSelected {
      style = Theme.selected
      screen.fill(row, style: style)
    }
    screen.onClick(row, .actionItems(.selectionMoved(by: index - actions.selection)))
    screen.put(isSelected ? "▸" : " ", at: Point(x: 2, y: y), style: style)
    screen.put(item.isDone ? "[x]" : "[ ]", at: Point(x: 4, y: y), style: style)
    let due = dueColumn(item, today: today)
    let dueWidth = DisplayWidth.of(due)
    screen.put(due, at: Point(x: width - dueWidth - 3, y: y), style: style)
    screen.put(
      DisplayWidth.fitted(item.title, width: width - dueWidth - 13), at: Point(x: 8, y: y),
      style: style)
  }

  private static func dueColumn(_ item: ActionItem, today: CalendarDate) -> String {
    if item.isDone { return "done" }
    guard let due = item.dueDate, let text = ActionItemsDigest.dueText(of: item, today: today)
    else { return "no due date" }
    return "\(due.iso)  \(text)"
  }

  private static func drawField(_ actions: ActionItemsState, y: Int, on screen: inout Screen) {
    let label: String
    switch actions.editing.field {
    case .newTitle?: label = "New action item: "
    case .title?: label = "Rename to: "
    case .dueDate?: label = "Due date: "
    case nil:
      screen.cursor = nil
      return
    }
    let x = 2 + screen.put(label, at: Point(x: 2, y: y), style: Theme.heading)
    let placeholder = actions.editing.field == .newTitle ? "e.g. Call the recruiter" : ""
    let isDate = if case .dueDate? = actions.editing.field { true } else { false }
    LineEditor.draw(
      actions.editing.buffer, at: Point(x: x, y: y), width: screen.size.width - x - 2,
      focused: true,
      placeholder: isDate ? "YYYY-MM-DD, empty for none" : placeholder, on: &screen)
  }

  private static func drawNotice(_ state: CoachState, y: Int, on screen: inout Screen) {
    let width = screen.size.width - 4
    if let id = state.actions.editing.pendingDelete,
      let item = state.actions.items.first(where: { $0.id == id })
    {
      Chrome.drawNotice(
        .error("Delete “\(item.title)”? Press y to delete it."), at: Point(x: 2, y: y),
        width: width, on: &screen)
    } else {
      Chrome.drawNotice(state.notice, at: Point(x: 2, y: y), width: width, on: &screen)
    }
  }
}
