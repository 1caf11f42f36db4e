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
    Chrome.drawHeader(
      title: "\(state.course.title) · Course map",
      status: Chrome.progressLabel(state.courseProgress, barWidth: 10) + " done",
      on: &screen)
    let (body, notice) = Chrome.bodyAndNotice(screen.size, notice: state.notice)
    let (digestRow, rest) = body.splitTop(1)
    ActionItemsScreen.drawDigest(state.actions, today: state.today, in: digestRow, on: &screen)
    let list = rest.splitBottom(1).0
    let rows = layoutRows(state)
    let selectedRow =
      rows.firstIndex {
        if case .unit(state.mapSelection) = $0 { true } else { false }
      } ?? 0
    // The list follows the highlight, a row of context below it; when it does not fit, the
    // marker row says how many units are out of sight.
    let shown = rows.count > list.height ? max(1, list.height - 1) : list.height
    let firstRow = min(max(0, selectedRow - shown + 2), max(0, rows.count - shown))
    ScrolledLines.draw(
      count: rows.count, scroll: firstRow, in: list, down: "↓", up: "↑", on: &screen
    ) { index, line, screen in
      switch rows[index] {
      case .part(let title):
        screen.put(
          title, at: Point(x: line.x, y: line.y), style: Theme.heading, maxWidth: line.width)
      case .unit(let unit):
        drawUnit(state, index: unit, in: line, on: &screen)
      case .gap:
        break
      }
    }
    Chrome.drawNotice(state.notice, in: notice, on: &screen)
    screen.cursor = nil
  }

  private static func drawUnit(
    _ state: CoachState, index: Int, in row: Rect, on screen: inout Screen
  ) {
    let stop = state.outline.stops[index]
    let isSelected = index == state.mapSelection
    let style = isSelected ? Theme.selected : Theme.body
    if isSelected { screen.fill(row, style: style) }
    screen.onClick(
      row, isSelected ? .unitOpened(index) : .mapSelectionMoved(by: index - state.mapSelection))
    let number = stop.stepNumber.map { DisplayWidth.padded(String($0), to: 2, .right) } ?? " ·"
    let progress = SectionProgress(
      done: state.doneCount(unitIndex: index), total: stop.unit.prompts.count)
    var status = Chrome.progressLabel(progress, barWidth: 6)
    if state.hasDraft(unitIndex: index) { status = "draft  " + status }
    let (main, statusArea) = row.splitLeft(row.width - DisplayWidth.of(status) - 1)
    let (marks, title) = main.splitLeft(6)
    screen.put(isSelected ? "▸" : " ", at: Point(x: marks.x, y: row.y), style: style)
    screen.put(number, at: Point(x: marks.x + 2, y: row.y), style: style)
    screen.put(status, at: Point(x: statusArea.x, y: row.y), style: style)
    screen.put(
      DisplayWidth.fitted(stop.unit.title, width: title.width - 2),
      at: Point(x: title.x, y: row.y), style: style)
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
