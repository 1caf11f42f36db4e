import LeverageCore
import TerminalUI

/// The first screen on a new journal: what Leverage is, one sourced fact, how long it takes,
/// and how to begin.
/// On a short terminal the text above "Press Enter to begin." scrolls, and that line stays.
enum WelcomeScreen {
  static func draw(_ state: CoachState, on screen: inout Screen) {
    let layout = Layout(state, size: screen.size)
    ScrolledLines.draw(
      count: layout.text.count, scroll: state.welcomeScroll, in: layout.textArea, down: "↓",
      up: "↑", on: &screen
    ) { index, row, screen in
      let line = layout.text[index]
      screen.put(line.text, at: Point(x: row.x, y: row.y), style: line.style, maxWidth: row.width)
    }
    for (row, line) in layout.call.enumerated() {
      screen.put(
        line.text, at: Point(x: layout.callArea.x, y: layout.callArea.y + row), style: line.style,
        maxWidth: layout.callArea.width)
    }
    screen.cursor = nil
  }

  /// The furthest the welcome scrolls on a terminal of `size`.
  static func scrollLimit(_ state: CoachState, size: Size) -> Int {
    let layout = Layout(state, size: size)
    return ScrolledLines.limit(lineCount: layout.text.count, height: layout.textArea.height)
  }

  static func page(_ state: CoachState, size: Size) -> Int {
    max(1, Layout(state, size: size).textArea.height - 2)
  }

  /// The welcome's lines in a centred column, and the lines that say how to begin, kept
  /// under them.
  private struct Layout {
    let text: [TeachingLine]
    let call: [TeachingLine]
    let textArea: Rect
    let callArea: Rect

    init(_ state: CoachState, size: Size) {
      let welcome = state.course.welcome
      let width = min(72, size.width - 4)
      let (_, right) = Rect(size: size).splitBottom(1).0.splitLeft((size.width - width) / 2)
      let column = right.splitLeft(width).0
      func wrapped(_ text: String, _ style: Style, indent: Int = 0) -> [TeachingLine] {
        TextWrap.wrap(text, width: max(1, width - indent)).map {
          TeachingLine(text: String(repeating: " ", count: indent) + $0, style: style)
        }
      }
      let blank = TeachingLine(text: "", style: Theme.body)
      var text = wrapped(welcome.title, Theme.title) + [blank] + wrapped(welcome.body, Theme.body)
      for fact in welcome.facts {
        text += [blank] + wrapped("“\(fact.text)” (\(fact.source))", Theme.source, indent: 2)
      }
      text += [blank]
      text += wrapped(SittingLength(course: state.course).summary, Theme.muted)
      text += wrapped(
        "\(state.outline.stepCount) steps and a wrap-up. Take them a step at a time: progress is saved.",
        Theme.muted)
      text.append(blank)
      call =
        wrapped("Press Enter to begin.", Theme.heading)
        + wrapped("Or press P to fill in your profile first; it's optional.", Theme.muted)
      let top = max(1, (size.height - 16) / 3)
      let fits = top + text.count + call.count <= column.height
      let body = column.splitTop(fits ? top : 1).1
      let (above, callArea) = body.splitTop(
        fits ? text.count : max(0, body.height - call.count))
      self.text = text
      self.textArea = above
      self.callArea = callArea
    }
  }
}
