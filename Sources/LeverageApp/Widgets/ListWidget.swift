import LeverageCore
import TerminalUI

/// Numbered items, one line each, with the suggestions underneath.
enum ListWidget {
  static func draw(_ editor: PromptEditor, rule: ListRule, in area: Rect, on screen: inout Screen) {
    let ideas = "Ideas: " + rule.suggestions.joined(separator: " · ")
    let ideaLines = rule.suggestions.isEmpty ? 0 : TextWrap.wrap(ideas, width: area.width).count
    // The items come first; the ideas take what is left below them, after a blank row.
    let suggestionRows = min(ideaLines, max(0, area.height - editor.fields.count - 1))
    let itemRows = area.height - suggestionRows
    let firstItem = max(0, editor.focus - itemRows + 1)
    for (row, index) in (firstItem..<editor.fields.count).prefix(itemRows).enumerated() {
      let y = area.y + row
      let focused = index == editor.focus
      let marker = DisplayWidth.padded("\(index + 1).", to: 3, .right) + " "
      screen.put(marker, at: Point(x: area.x, y: y), style: focused ? Theme.heading : Theme.muted)
      LineEditor.draw(
        editor.fields[index], at: Point(x: area.x + 4, y: y), width: area.width - 4,
        focused: focused, placeholder: focused ? "type an item" : "", on: &screen)
    }
    guard suggestionRows > 0 else { return }
    screen.putWrapped(
      ideas,
      in: Rect(
        x: area.x, y: area.maxY - suggestionRows, width: area.width,
        height: suggestionRows), style: Theme.muted)
  }
}
