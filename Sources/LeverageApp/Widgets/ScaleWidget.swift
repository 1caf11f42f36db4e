import LeverageCore
import TerminalUI

/// A row of numbers from the scale's minimum to its maximum, the chosen one highlighted.
enum ScaleWidget {
  static func draw(value: Int?, rule: ScaleRule, in area: Rect, on screen: inout Screen) {
    var x = area.x
    for number in rule.minimum...rule.maximum {
      // Brackets as well as reverse, so the choice shows without colour or attributes.
      let label = number == value ? "[\(number)]" : " \(number) "
      let width = screen.put(
        label, at: Point(x: x, y: area.y), style: number == value ? Theme.selected : Theme.body)
      screen.onClick(Rect(x: x, y: area.y, width: width, height: 1), .scaleSet(number))
      x += width
      if number < rule.maximum {
        x += screen.put("─", at: Point(x: x, y: area.y), style: Theme.rule)
      }
    }
    guard area.height > 1 else { return }
    let legend = "\(rule.minimum) = \(rule.minimumLabel)   \(rule.maximum) = \(rule.maximumLabel)"
    screen.put(
      legend, at: Point(x: area.x, y: area.y + 1), style: Theme.muted, maxWidth: area.width)
  }
}
