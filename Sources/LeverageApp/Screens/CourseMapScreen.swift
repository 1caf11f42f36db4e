import LeverageCore
import TerminalUI

/// Every part and unit with its progress; Enter opens the highlighted unit.
enum CourseMapScreen {
  private enum Row {
    case part(String)
    case unit(Int)
    case gap
  }

  static func draw(_ state: CoachState, on screen: inout Screen) {
    let size = screen.size
    Chrome.drawHeader(
      title: "\(state.course.title) · Course map",
      status: Chrome.progressLabel(state.courseProgress, barWidth: 10) + " done",
      on: &screen)
    ActionItemsScreen.drawDigest(
      state.actions, today: state.today, at: Point(x: 2, y: 2), on: &screen)
    let rows = layoutRows(state)
    let top = 3
    let bottom = size.height - 3
    let visible = bottom - top
    let selectedRow =
      rows.firstIndex {
        if case .unit(state.mapSelection) = $0 { true } else { false }
      } ?? 0
    let firstRow = min(max(0, selectedRow - visible + 2), max(0, rows.count - visible))
    for (offset, row) in rows.dropFirst(firstRow).prefix(visible).enumerated() {
      let y = top + offset
      switch row {
      case .part(let title):
        screen.put(title, at: Point(x: 2, y: y), style: Theme.heading, maxWidth: size.width - 4)
      case .unit(let index):
        drawUnit(state, index: index, y: y, on: &screen)
      case .gap:
        break
      }
    }
    Chrome.drawNotice(
      state.notice, at: Point(x: 2, y: size.height - 2), width: size.width - 4, on: &screen)
    screen.cursor = nil
  }

  private static func drawUnit(_ state: CoachState, index: Int, y: Int, on screen: inout Screen) {
    let width = screen.size.width
    let stop = state.outline.stops[index]
    let isSelected = index == state.mapSelection
    let style = isSelected ? Theme.selected : Theme.body
    let row = Rect(x: 2, y: y, width: width - 4, height: 1)
    if isSelected {
      screen.fill(row, style: style)
    }
    screen.onClick(
      row, isSelected ? .unitOpened(index) : .mapSelectionMoved(by: index - state.mapSelection))
    let number = stop.stepNumber.map { DisplayWidth.padded(String($0), to: 2, .right) } ?? " ·"
    screen.put(isSelected ? "▸" : " ", at: Point(x: 2, y: y), style: style)
    screen.put(number, at: Point(x: 4, y: y), style: style)
    let progress = SectionProgress(
      done: state.doneCount(unitIndex: index), total: stop.unit.prompts.count)
    var status = Chrome.progressLabel(progress, barWidth: 6)
    if state.hasDraft(unitIndex: index) { status = "draft  " + status }
    let statusWidth = DisplayWidth.of(status)
    screen.put(status, at: Point(x: width - statusWidth - 3, y: y), style: style)
    screen.put(
      stop.unit.title, at: Point(x: 8, y: y), style: style, maxWidth: width - statusWidth - 13)
  }

  private static func layoutRows(_ state: CoachState) -> [Row] {
    var rows: [Row] = []
    var lastPart = -1
    for (index, stop) in state.outline.stops.enumerated() {
      if stop.partIndex != lastPart {
        if lastPart >= 0 { rows.append(.gap) }
        rows.append(.part(state.course.parts[stop.partIndex].title))
        lastPart = stop.partIndex
      }
      rows.append(.unit(index))
    }
    return rows
  }
}
