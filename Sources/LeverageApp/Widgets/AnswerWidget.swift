import LeverageCore
import TerminalUI

/// Draws the answer being typed with the widget of its prompt kind, and places the cursor.
enum AnswerWidget {
  static func draw(_ editor: PromptEditor, prompt: Prompt, in area: Rect, on screen: inout Screen) {
    guard area.height > 0, area.width > 4 else { return }
    screen.cursor = nil
    switch prompt.kind {
    case .text:
      TextAreaWidget.draw(editor.fields[0], in: area, on: &screen)
    case .list(let rule):
      ListWidget.draw(editor, rule: rule, in: area, on: &screen)
    case .choice(let rule):
      ChoiceWidget.draw(editor, rule: rule, in: area, on: &screen)
    case .scale(let rule):
      ScaleWidget.draw(value: editor.scale, rule: rule, in: area, on: &screen)
    case .template(let template):
      TemplateWidget.draw(editor, template: template, in: area, on: &screen)
    case .money, .percent, .number, .date:
      FieldWidget.draw(editor.fields[0], kind: prompt.kind, in: area, on: &screen)
    }
  }

  /// Rows a widget needs to be usable; panels beside it give way below this.
  static func minimumHeight(for kind: PromptKind) -> Int {
    isOneLine(kind) ? 2 : 4
  }

  /// Widgets of one line plus a line of read-back or legend.
  static func isOneLine(_ kind: PromptKind) -> Bool {
    switch kind {
    case .money, .percent, .number, .date, .scale: true
    default: false
    }
  }
}

/// One line of editable text. Being edited, it scrolls sideways so the cursor stays in view;
/// otherwise it shows its start, and an ellipsis where it runs on. A list item or template
/// blank being edited wraps instead (`wrappedLayout`, `drawWrapped`), as the text answer does.
enum LineEditor {
  /// The rows of a list item or template blank being edited at `width` columns, one spare
  /// for the cursor at the end of a full row.
  static func wrappedLayout(_ buffer: TextBuffer, width: Int) -> TextLayout {
    TextLayout(text: buffer.text, cursor: buffer.cursor, width: max(1, width - 1))
  }

  /// The edited field wrapped in `area`, scrolled so the cursor's row shows: no word is cut
  /// at the left, at any width.
  static func drawWrapped(
    _ buffer: TextBuffer, in area: Rect, placeholder: String, on screen: inout Screen
  ) {
    guard area.width > 1, area.height > 0 else { return }
    let layout = wrappedLayout(buffer, width: area.width)
    let shownRows = min(area.height, max(1, layout.lines.count))
    screen.fill(
      Rect(x: area.x, y: area.y, width: area.width, height: shownRows), style: Theme.focusedField)
    if buffer.text.isEmpty {
      screen.put(
        placeholder, at: Point(x: area.x, y: area.y), style: Theme.muted, maxWidth: area.width)
      screen.cursor = Point(x: area.x, y: area.y)
      return
    }
    let firstRow = layout.scrollTop(from: 0, height: area.height)
    for (offset, line) in layout.lines.dropFirst(firstRow).prefix(area.height).enumerated() {
      screen.put(
        line.text, at: Point(x: area.x, y: area.y + offset), style: Theme.focusedField,
        maxWidth: area.width)
    }
    screen.cursor = Point(x: area.x + layout.cursor.x, y: area.y + layout.cursor.y - firstRow)
  }

  static func draw(
    _ buffer: TextBuffer, at point: Point, width: Int, focused: Bool, placeholder: String = "",
    on screen: inout Screen
  ) {
    guard width > 1 else { return }
    screen.fill(Rect(x: point.x, y: point.y, width: width, height: 1), style: Theme.focusedField)
    if buffer.text.isEmpty {
      screen.put(placeholder, at: point, style: Theme.muted, maxWidth: width)
      if focused { screen.cursor = point }
      return
    }
    guard focused else {
      let fitted = DisplayWidth.fitted(buffer.text, width: width)
      screen.put(fitted, at: point, style: Theme.focusedField, maxWidth: width)
      return
    }
    let characters = Array(buffer.text)
    let beforeCursor = characters[..<buffer.cursor]
    // Keep the cursor in view: show the tail that ends at the cursor when the text is wider.
    var start = 0
    var widthBefore = DisplayWidth.of(String(beforeCursor))
    while widthBefore > width - 1, start < buffer.cursor {
      widthBefore -= DisplayWidth.of(characters[start])
      start += 1
    }
    let shown = String(characters[start...])
    screen.put(shown, at: point, style: Theme.focusedField, maxWidth: width)
    screen.cursor = Point(x: point.x + widthBefore, y: point.y)
  }
}
