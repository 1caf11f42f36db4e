import LeverageCore
import TerminalUI

/// Pick a format, edit the file it will write, Enter writes; a file already there is only
/// replaced after a y.
enum ExportScreen {
  static func draw(_ state: CoachState, on screen: inout Screen) {
    Chrome.drawHeader(title: "\(state.course.title) · Export", status: "", on: &screen)
    guard let form = state.exportForm else { return }
    let (body, notice) = Chrome.bodyAndNotice(screen.size, notice: state.notice)
    let width = body.width
    let intro = TextWrap.wrap(
      "A summary or the one-page brief to take in; JSON keeps the whole journal.", width: width)
    let note =
      form.targetExists && !form.confirmingReplace
      ? TextWrap.wrap(
        "A file with this name exists; Enter asks before replacing it.", width: width - 2)
      : []
    // The formats and the path always keep their rows; on a short terminal the blank row
    // under the header goes first, then the intro.
    let formats = ExportFormat.allCases.count
    let needed = formats + 1 + 2 + note.count
    let showsIntro = body.height >= needed + intro.count + 1
    let topGap = body.height >= needed + (showsIntro ? intro.count + 1 : 0) + 1
    let areas = body.splitRows([
      topGap ? 1 : 0, showsIntro ? intro.count : 0, showsIntro ? 1 : 0, formats, 1, 1, 1,
      note.count,
    ])
    let (introArea, formatArea, labelRow, pathRow, noteArea) = (
      areas[1], areas[3], areas[5], areas[6], areas[7]
    )
    for (row, line) in intro.enumerated() where row < introArea.height {
      screen.put(line, at: Point(x: introArea.x, y: introArea.y + row), style: Theme.body)
    }
    for (row, format) in ExportFormat.allCases.enumerated() {
      let line = formatArea.splitTop(row).1.splitTop(1).0
      let selected = format == form.format
      let style = selected ? Theme.selected : Theme.body
      if selected { screen.fill(line, style: style) }
      screen.put(
        (selected ? "▸ " : "  ") + format.label, at: Point(x: line.x, y: line.y), style: style,
        maxWidth: line.width)
    }
    screen.put(
      "Writes to (type to change it)", at: Point(x: labelRow.x, y: labelRow.y), style: Theme.muted,
      maxWidth: labelRow.width)
    // The field and the note under it sit two columns in, under the label.
    let field = pathRow.splitLeft(2).1
    if let path = form.path {
      LineEditor.draw(
        path, at: Point(x: field.x, y: field.y), width: field.width,
        focused: !form.confirmingReplace, on: &screen)
    } else {
      screen.put("…", at: Point(x: field.x, y: field.y), style: Theme.body)
    }
    let noteText = noteArea.splitLeft(2).1
    for (row, line) in note.enumerated() where row < noteText.height {
      screen.put(line, at: Point(x: noteText.x, y: noteText.y + row), style: Theme.muted)
    }
    if form.confirmingReplace {
      Chrome.drawNotice(.error("This file exists. Replace it? y/n"), in: notice, on: &screen)
    } else {
      Chrome.drawNotice(state.notice, in: notice, on: &screen)
    }
    if form.path == nil || form.confirmingReplace { screen.cursor = nil }
  }
}
