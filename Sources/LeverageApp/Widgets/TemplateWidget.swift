import LeverageCore
import TerminalUI

/// One line per blank of the sentence, and the sentence read back as it stands.
enum TemplateWidget {
  static func draw(
    _ editor: PromptEditor, template: TemplateText, in area: Rect, on screen: inout Screen
  ) {
    let blanks = template.blanks
    let labelWidth = min(area.width / 3, (blanks.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
    let fieldRows = min(blanks.count, area.height)
    let first = max(0, editor.focus - fieldRows + 1)
    for (row, index) in (first..<blanks.count).prefix(fieldRows).enumerated() {
      let y = area.y + row
      let focused = index == editor.focus
      screen.onClick(Rect(x: area.x, y: y, width: area.width, height: 1), .focusSet(index))
      screen.put(
        blanks[index], at: Point(x: area.x, y: y), style: focused ? Theme.heading : Theme.muted,
        maxWidth: labelWidth - 1)
      LineEditor.draw(
        editor.fields[index], at: Point(x: area.x + labelWidth, y: y),
        width: area.width - labelWidth, focused: focused, on: &screen)
    }
    let previewY = area.y + fieldRows + 1
    guard previewY < area.maxY else { return }
    // An empty blank reads as its name, so the preview never has holes like "by , saving".
    let fills = zip(blanks, editor.fields).map {
      TemplateFill(blank: $0, text: $1.isBlank ? "[\($0)]" : $1.text)
    }
    screen.putWrapped(
      "“" + template.filled(with: fills) + "”",
      in: Rect(x: area.x, y: previewY, width: area.width, height: area.maxY - previewY),
      style: Theme.muted)
  }
}
