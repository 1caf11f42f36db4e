import LeverageCore
import TerminalUI

/// Options with tick boxes (several allowed) or radio marks (one), and an optional "Other".
enum ChoiceWidget {
  static func draw(
    _ editor: PromptEditor, rule: ChoiceRule, in area: Rect, on screen: inout Screen
  ) {
    let rowCount = rule.options.count + (rule.allowsOther ? 1 : 0)
    let first = max(0, editor.focus - area.height + 1)
    for (row, index) in (first..<rowCount).prefix(area.height).enumerated() {
      let y = area.y + row
      let focused = index == editor.focus
      let isOther = index == rule.options.count
      let ticked = isOther ? !editor.fields[0].isBlank : editor.selected.contains(index)
      let box = rule.multiple ? (ticked ? "[x]" : "[ ]") : (ticked ? "(•)" : "( )")
      let number = index < 9 && !isOther ? "\(index + 1) " : "  "
      let style = focused ? Theme.selected : Theme.body
      // A click focuses a row; on the focused option it ticks or picks, as Space does.
      screen.onClick(
        Rect(x: area.x, y: y, width: area.width, height: 1),
        focused && !isOther ? .optionToggled : .focusSet(index))
      if focused {
        screen.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
      }
      var x = area.x
      x += screen.put(number, at: Point(x: x, y: y), style: focused ? style : Theme.muted)
      x += screen.put(box + " ", at: Point(x: x, y: y), style: style)
      if isOther {
        x += screen.put("Other: ", at: Point(x: x, y: y), style: style)
        LineEditor.draw(
          editor.fields[0], at: Point(x: x, y: y), width: area.maxX - x, focused: focused,
          placeholder: focused ? "type your own" : "", on: &screen)
      } else {
        screen.put(
          rule.options[index], at: Point(x: x, y: y), style: style, maxWidth: area.maxX - x)
      }
    }
  }
}
