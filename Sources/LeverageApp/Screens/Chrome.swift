import LeverageCore
import TerminalUI

/// The frame every screen shares: a title bar on top, the keys at the bottom.
enum Chrome {
  /// Draws the title on the left and `status` on the right of the top row, over a rule.
  /// `shortTitle` replaces a title too long for the row: cut, "Part II" would read "Part I…".
  static func drawHeader(
    title: String, shortTitle: String? = nil, status: String, on screen: inout Screen
  ) {
    let width = screen.size.width
    let statusWidth = DisplayWidth.of(status)
    let room = width - statusWidth - 4
    screen.put(status, at: Point(x: width - statusWidth - 1, y: 0), style: Theme.muted)
    let shown = DisplayWidth.of(title) > room ? shortTitle ?? title : title
    screen.put(
      DisplayWidth.fitted(shown, width: room), at: Point(x: 1, y: 0), style: Theme.title)
    screen.put(String(repeating: "─", count: width), at: Point(x: 0, y: 1), style: Theme.rule)
  }

  /// Draws the screen's keys on the bottom row, in their table's order, whole hints only,
  /// and ends with F1: "F1 help" when every hint fits, "F1 more" when some do not.
  static func drawFooter(_ bindings: [KeyBinding], on screen: inout Screen) {
    let y = screen.size.height - 1
    let hints = bindings.filter(\.inFooter)
    let end = screen.size.width - 1
    let allFit =
      hints.reduce(1) { $0 + width(of: $1) + 2 } + width(of: SharedKeys.help) <= end
    let last = allFit ? SharedKeys.help.action : "more"
    let room = end - DisplayWidth.of(SharedKeys.help.label) - 1 - DisplayWidth.of(last)
    var x = 1
    for hint in hints {
      guard x + width(of: hint) + 2 <= room else { break }
      x += put(hint.label, hint.action, at: x, y: y, on: &screen) + 2
    }
    _ = put(SharedKeys.help.label, last, at: x, y: y, on: &screen)
  }

  private static func width(of binding: KeyBinding) -> Int {
    DisplayWidth.of(binding.label) + 1 + DisplayWidth.of(binding.action)
  }

  private static func put(
    _ label: String, _ action: String, at x: Int, y: Int, on screen: inout Screen
  ) -> Int {
    var x = x
    let start = x
    x += screen.put(label, at: Point(x: x, y: y), style: Theme.key)
    x += 1
    x += screen.put(action, at: Point(x: x, y: y), style: Theme.muted)
    return x - start
  }

  /// The rows between the header and the footer, two columns in from each side: every screen
  /// lays itself out by splitting this rectangle.
  static func body(_ size: Size) -> Rect {
    Rect(size: size).inset(horizontal: 2).splitTop(2).1.splitBottom(1).0
  }

  /// The body less the rows of the notice, and those rows: one, or two when `notice` is too
  /// long for one, so a message is read whole on a narrow terminal.
  static func bodyAndNotice(_ size: Size, notice: CoachState.Notice?) -> (
    body: Rect, notice: Rect
  ) {
    let body = body(size)
    return body.splitBottom(noticeRows(notice, width: body.width))
  }

  /// The rows `notice` takes at `width`: one, or two when it wraps.
  static func noticeRows(_ notice: CoachState.Notice?, width: Int) -> Int {
    let text =
      switch notice {
      case .error(let text)?, .info(let text)?: text
      case nil: ""
      }
    return DisplayWidth.of(text) + 2 > width ? 2 : 1
  }

  /// Draws a notice in `area`, wrapped under its mark when `area` has more than one row:
  /// errors stand out, confirmations stay quiet.
  static func drawNotice(_ notice: CoachState.Notice?, in area: Rect, on screen: inout Screen) {
    let (mark, text, style) =
      switch notice {
      case .error(let text)?: ("! ", text, Theme.error)
      case .info(let text)?: ("✓ ", text, Theme.info)
      case nil: ("", "", Theme.body)
      }
    guard !mark.isEmpty, !area.isEmpty else { return }
    let (markColumn, textArea) = area.splitLeft(2)
    screen.put(mark, at: Point(x: markColumn.x, y: markColumn.y), style: style)
    if area.height == 1 {
      screen.put(
        text, at: Point(x: textArea.x, y: textArea.y), style: style, maxWidth: textArea.width)
    } else {
      screen.putWrapped(text, in: textArea, style: style)
    }
  }

  /// "Delete “name”? Press y to delete it." in `row`, the name shortened so the question is
  /// read whole on a narrow terminal.
  static func drawDeleteQuestion(
    _ name: String, what: String = "", in row: Rect, on screen: inout Screen
  ) {
    let (start, end) = ("Delete \(what)“", "”? Press y to delete it.")
    let room = row.width - 2 - DisplayWidth.of(start + end)
    drawNotice(
      .error(start + DisplayWidth.fitted(name, width: max(1, room)) + end), in: row, on: &screen)
  }

  static func progressLabel(_ progress: SectionProgress, barWidth: Int) -> String {
    let bar = ProgressBar.render(done: progress.done, total: progress.total, width: barWidth)
    return "\(bar) \(progress.done)/\(progress.total)"
  }
}
