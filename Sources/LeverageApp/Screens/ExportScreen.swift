import LeverageCore
import TerminalUI

/// Pick a format, edit the file it will write, Enter writes; a file already there is only
/// replaced after a y.
enum ExportScreen {
  static func draw(_ state: CoachState, on screen: inout Screen) {
    let size = screen.size
    let width = size.width - 4
    Chrome.drawHeader(title: "\(state.course.title) · Export", status: "", on: &screen)
    guard let form = state.exportForm else { return }
    var y = 3
    screen.put(
      "A summary or the one-page brief to take in; JSON keeps the whole journal.",
      at: Point(x: 2, y: y), style: Theme.body, maxWidth: width)
    y += 2
    for format in ExportFormat.allCases {
      let selected = format == form.format
      let style = selected ? Theme.selected : Theme.body
      if selected { screen.fill(Rect(x: 2, y: y, width: width, height: 1), style: style) }
      screen.put(
        (selected ? "▸ " : "  ") + format.label, at: Point(x: 2, y: y), style: style,
        maxWidth: width)
      y += 1
    }
    y += 1
    screen.put("Writes to (type to change it)", at: Point(x: 2, y: y), style: Theme.muted)
    let path = form.path.map { Inert.visible($0.text) } ?? "…"
    if let field = form.path {
      LineEditor.draw(
        field, at: Point(x: 4, y: y + 1), width: width - 2, focused: !form.confirmingReplace,
        on: &screen)
    } else {
      screen.put("…", at: Point(x: 4, y: y + 1), style: Theme.body)
    }
    if form.targetExists && !form.confirmingReplace {
      screen.put(
        "A file with this name exists; Enter asks before replacing it.",
        at: Point(x: 4, y: y + 2), style: Theme.muted, maxWidth: width - 2)
    }
    if form.confirmingReplace {
      Chrome.drawNotice(
        .error("\(path) exists. Replace it? y/n"), at: Point(x: 2, y: size.height - 2),
        width: width, on: &screen)
    } else {
      Chrome.drawNotice(
        state.notice, at: Point(x: 2, y: size.height - 2), width: width, on: &screen)
    }
    if form.path == nil || form.confirmingReplace { screen.cursor = nil }
  }
}
