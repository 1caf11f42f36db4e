import LeverageCore
import TerminalUI

/// The one-page brief on screen, built from the answers as they are now, to read before the
/// meeting; ↑↓ scroll it and x exports it as a page to print.
enum BriefScreen {
  struct Line: Equatable {
    let text: String
    let style: Style
  }

  static func draw(_ state: CoachState, on screen: inout Screen) {
    Chrome.drawHeader(
      title: "\(state.course.title) · One-page brief", status: state.today.iso,
      on: &screen)
    let (body, notice) = Chrome.bodyAndNotice(screen.size, notice: state.notice)
    let lines = self.lines(state, width: body.width)
    ScrolledLines.draw(
      count: lines.count, scroll: state.briefScroll, in: body, down: "↓", up: "↑", on: &screen
    ) { index, row, screen in
      screen.put(
        lines[index].text, at: Point(x: row.x, y: row.y), style: lines[index].style,
        maxWidth: row.width)
    }
    Chrome.drawNotice(state.notice, in: notice, on: &screen)
    screen.cursor = nil
  }

  /// The furthest the brief can scroll on a terminal of `size`.
  static func scrollLimit(_ state: CoachState, size: Size) -> Int {
    let body = Chrome.bodyAndNotice(size, notice: state.notice).body
    return ScrolledLines.limit(
      lineCount: lines(state, width: body.width).count, height: body.height)
  }

  /// One press of PgDn: the rows on show less one, so a line stays for context.
  static func page(_ size: Size) -> Int {
    max(1, Chrome.bodyAndNotice(size, notice: nil).body.height - 2)
  }

  static func lines(_ state: CoachState, width: Int) -> [Line] {
    let answers = state.answers
    guard
      let document = BriefDocument(
        course: state.course, answers: answers, generatedOn: state.today,
        preparedFor: ProfileSpotlight(course: state.course, answers: answers).byline,
        offers: state.offers.offers)
    else {
      return [Line(text: "This course has no brief.", style: Theme.muted)]
    }
    var lines: [Line] = []
    if let preparedFor = document.preparedFor {
      lines += wrap("Prepared for \(preparedFor)", width: width, style: Theme.muted)
    }
    for section in BriefSection.allCases {
      lines.append(Line(text: "", style: Theme.body))
      lines.append(Line(text: section.heading, style: Theme.heading))
      lines += body(document, section, width: width)
    }
    lines.append(Line(text: "", style: Theme.body))
    for term in document.terms {
      lines += wrap(term, width: width, style: Theme.source)
    }
    return lines
  }

  private static func body(_ document: BriefDocument, _ section: BriefSection, width: Int)
    -> [Line]
  {
    switch document.body(of: section) {
    case .text(let text):
      return wrap(text, width: width - 2, style: Theme.body, indent: "  ")
    case .items(let items, let ordered):
      return items.enumerated().flatMap { index, item in
        let marker = ordered ? "\(index + 1). " : "• "
        return wrap(item, width: width - 2, style: Theme.body, indent: "  ", marker: marker)
      }
    case .missing(let note):
      return wrap(note, width: width - 2, style: Theme.muted, indent: "  ")
    case .ladder:
      return ladder(document, width: width)
    }
  }

  private static func ladder(_ document: BriefDocument, width: Int) -> [Line] {
    let labelWidth = document.ladderRows.map { DisplayWidth.of($0.label) }.max() ?? 0
    var lines = document.ladderRows.flatMap { row in
      let label = DisplayWidth.padded(row.label, to: labelWidth)
      let head = Line(text: "  \(label)  \(row.figure)", style: Theme.body)
      guard let note = row.note else { return [head] }
      return [head] + wrap(note, width: width - 4, style: Theme.muted, indent: "    ")
    }
    if let advice = document.ladderAdvice {
      lines += wrap(advice, width: width - 2, style: Theme.info, indent: "  ")
    }
    for warning in document.ladderWarnings {
      lines += wrap("! " + warning, width: width - 2, style: Theme.error, indent: "  ")
    }
    return lines
  }

  /// Wraps `text` under a first-line `marker`, later lines indented to line up after it.
  private static func wrap(
    _ text: String, width: Int, style: Style, indent: String = "", marker: String = ""
  ) -> [Line] {
    let hang = DisplayWidth.of(marker)
    let wrapped = TextWrap.wrap(text, width: max(1, width - hang))
    return wrapped.enumerated().map { index, line in
      let lead = index == 0 ? marker : String(repeating: " ", count: hang)
      return Line(text: indent + lead + line, style: style)
    }
  }
}
