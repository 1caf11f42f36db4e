import LeverageCore
import TerminalUI

/// The frame every screen shares: a title bar on top, the keys at the bottom.
enum Chrome {
  struct KeyHint {
    let key: String
    let action: String
  }

  /// Draws the title on the left and `status` on the right of the top row, over a rule.
  static func drawHeader(title: String, status: String, on screen: inout Screen) {
    let width = screen.size.width
    let statusWidth = DisplayWidth.of(status)
    screen.put(status, at: Point(x: width - statusWidth - 1, y: 0), style: Theme.muted)
    screen.put(
      DisplayWidth.fitted(title, width: width - statusWidth - 4), at: Point(x: 1, y: 0),
      style: Theme.title)
    screen.put(String(repeating: "─", count: width), at: Point(x: 0, y: 1), style: Theme.rule)
  }

  /// Draws as many hints as fit on the bottom row, most important first.
  static func drawFooter(_ hints: [KeyHint], on screen: inout Screen) {
    let y = screen.size.height - 1
    var x = 1
    for hint in hints {
      let needed = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.action)
      guard x + needed < screen.size.width else { break }
      x += screen.put(hint.key, at: Point(x: x, y: y), style: Theme.key)
      x += 1
      x += screen.put(hint.action, at: Point(x: x, y: y), style: Theme.muted)
      x += 2
    }
  }

  /// Draws a one-line notice: errors stand out, confirmations stay quiet.
  static func drawNotice(
    _ notice: CoachState.Notice?, at point: Point, width: Int, on screen: inout Screen
  ) {
    switch notice {
    case .error(let text)?:
      screen.put("! " + text, at: point, style: Theme.error, maxWidth: width)
    case .info(let text)?:
      screen.put("✓ " + text, at: point, style: Theme.info, maxWidth: width)
    case nil:
      break
    }
  }

  static func progressLabel(done: Int, total: Int, barWidth: Int) -> String {
    "\(ProgressBar.render(done: done, total: total, width: barWidth)) \(done)/\(total)"
  }
}
