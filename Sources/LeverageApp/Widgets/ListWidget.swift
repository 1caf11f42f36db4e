import LeverageCore
import TerminalUI

/// Numbered items with the suggestions underneath. Every item wraps, the one being edited
/// too, so every word the user wrote can be read.
enum ListWidget {
  static func draw(_ editor: PromptEditor, rule: ListRule, in area: Rect, on screen: inout Screen) {
    let ideas = "Ideas: " + rule.suggestions.joined(separator: " · ")
    let ideaLines = rule.suggestions.isEmpty ? 0 : TextWrap.wrap(ideas, width: area.width).count
    // The items come first; the ideas take what is left below them, after a blank row.
    let suggestionRows = min(ideaLines, max(0, area.height - editor.fields.count - 1))
    let (items, _) = area.splitBottom(suggestionRows)
    let (_, textColumns) = items.splitLeft(4)
    let wrapped = editor.fields.indices.map { index in
      index == editor.focus
        ? LineEditor.wrappedLayout(editor.fields[index], width: textColumns.width).lines.map(
          \.text)
        : Array(TextWrap.wrap(editor.fields[index].text, width: textColumns.width))
    }
    func rows(_ index: Int) -> Int { max(1, wrapped[index].count) }
    // Back from the focused item as far as whole items fit, so it is always on screen.
    var firstItem = min(editor.focus, max(0, editor.fields.count - 1))
    var used = editor.fields.isEmpty ? 0 : rows(firstItem)
    while firstItem > 0, used + rows(firstItem - 1) <= items.height {
      firstItem -= 1
      used += rows(firstItem)
    }
    var y = items.y
    for index in editor.fields.indices.dropFirst(firstItem) where y < items.maxY {
      let focused = index == editor.focus
      screen.onClick(
        Rect(x: items.x, y: y, width: items.width, height: min(rows(index), items.maxY - y)),
        .focusSet(index))
      let marker = DisplayWidth.padded("\(index + 1).", to: 3, .right) + " "
      screen.put(marker, at: Point(x: items.x, y: y), style: focused ? Theme.heading : Theme.muted)
      if focused {
        let height = min(rows(index), items.maxY - y)
        LineEditor.drawWrapped(
          editor.fields[index],
          in: Rect(x: textColumns.x, y: y, width: textColumns.width, height: height),
          placeholder: "type an item", on: &screen)
        y += height
        continue
      }
      if wrapped[index].isEmpty {
        LineEditor.draw(
          editor.fields[index], at: Point(x: textColumns.x, y: y), width: textColumns.width,
          focused: false, on: &screen)
        y += 1
        continue
      }
      for line in wrapped[index] where y < items.maxY {
        screen.put(
          line, at: Point(x: textColumns.x, y: y), style: Theme.field, maxWidth: textColumns.width)
        y += 1
      }
    }
    guard suggestionRows > 0 else { return }
    screen.putWrapped(
      ideas,
      in: Rect(
        x: area.x, y: area.maxY - suggestionRows, width: area.width,
        height: suggestionRows), style: Theme.muted)
  }
}
