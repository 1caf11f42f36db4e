import LeverageCore
import TerminalUI

/// One wrapped line of the teaching, with its style.
struct TeachingLine: Equatable {
  let text: String
  let style: Style
}

/// The unit's idea, its example, its sourced facts and, when stacked above the prompt, the
/// figures worked out from the user's answers: all of it, scrolled rather than cut.
enum TeachingPane {
  /// Every line of the teaching at `width`.
  /// `note` is a line tailored to the user, shown right after the idea.
  /// `specialty` is the profile's, so a figure measured in another specialty stays hidden.
  /// `panel` is the live figures, appended when they do not sit beside the answer.
  /// `opening` is the part this prompt begins, whose introduction comes first.
  static func lines(
    _ unit: Unit, stepNumber: Int?, note: String? = nil, specialty: String? = nil,
    panel: [String] = [], opening: Part? = nil, width: Int
  ) -> [TeachingLine] {
    guard width > 0 else { return [] }
    func wrapped(_ text: String, _ style: Style) -> [TeachingLine] {
      TextWrap.wrap(text, width: width).map { TeachingLine(text: $0, style: style) }
    }
    let blank = TeachingLine(text: "", style: Theme.body)
    let title = stepNumber.map { "\($0) · \(unit.title)" } ?? unit.title
    var lines: [TeachingLine] = []
    if let opening {
      // The profile's part and unit share a title: it is said once.
      if opening.title != unit.title { lines = wrapped(opening.title, Theme.heading) }
      lines += wrapped(opening.summary, Theme.muted) + [blank]
    }
    lines += wrapped(title, Theme.title) + wrapped(unit.idea, Theme.body)
    if let note { lines += wrapped(note, Theme.info) }
    if let example = unit.example { lines += [blank] + wrapped("Example: " + example, Theme.muted) }
    let facts = unit.facts.filter { $0.specialties.includes(specialty) }
    if !facts.isEmpty { lines.append(blank) }
    for fact in facts { lines += wrapped("· \(fact.text) (\(fact.source))", Theme.source) }
    if !panel.isEmpty {
      lines.append(blank)
      lines += panel.map { TeachingLine(text: $0, style: Theme.source) }
    }
    return lines
  }

  /// Draws `lines` from `scroll` into `area`, with the marker when there is more.
  static func draw(_ lines: [TeachingLine], scroll: Int, in area: Rect, on screen: inout Screen) {
    ScrolledLines.draw(
      count: lines.count, scroll: scroll, in: area, down: "Alt-↓", up: "Alt-↑", on: &screen
    ) { index, row, screen in
      screen.put(
        lines[index].text, at: Point(x: row.x, y: row.y), style: lines[index].style,
        maxWidth: row.width)
    }
  }
}
