import LeverageCore
import TerminalUI

/// One line per blank of the sentence (the blank being edited wraps onto as many as it
/// needs), and the sentence read back as it stands.
enum TemplateWidget {
  static func draw(
    _ editor: PromptEditor, template: TemplateText, in area: Rect, on screen: inout Screen
  ) {
    let blanks = template.blanks
    let labelWidth = min(area.width / 3, (blanks.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
    let fieldWidth = area.width - labelWidth
    let focusRows = min(
      max(1, area.height - blanks.count + 1),
      max(1, LineEditor.wrappedLayout(editor.fields[editor.focus], width: fieldWidth).lines.count))
    func rows(_ index: Int) -> Int { index == editor.focus ? focusRows : 1 }
    // Back from the focused blank as far as whole blanks fit, so it is always on screen.
    var first = editor.focus
    var used = focusRows
    while first > 0, used + 1 <= area.height {
      first -= 1
      used += 1
    }
    var y = area.y
    for index in first..<blanks.count where y + rows(index) <= area.maxY {
      let focused = index == editor.focus
      screen.onClick(
        Rect(x: area.x, y: y, width: area.width, height: rows(index)), .focusSet(index))
      screen.put(
        blanks[index], at: Point(x: area.x, y: y), style: focused ? Theme.heading : Theme.muted,
        maxWidth: labelWidth - 1)
      if focused {
        LineEditor.drawWrapped(
          editor.fields[index],
          in: Rect(x: area.x + labelWidth, y: y, width: fieldWidth, height: focusRows),
          placeholder: "", on: &screen)
      } else {
        LineEditor.draw(
          editor.fields[index], at: Point(x: area.x + labelWidth, y: y), width: fieldWidth,
          focused: false, on: &screen)
      }
      y += rows(index)
    }
    let previewY = y + 1
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
