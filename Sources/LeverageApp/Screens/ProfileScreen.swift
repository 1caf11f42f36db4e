import LeverageCore
import TerminalUI

/// The profile as a colleague spotlight: a read-only card that scrolls when it is taller
/// than the terminal. Editing walks its prompts.
enum ProfileScreen {
  private static let labelWidth = 20
  /// From this width the quick picks sit in two columns.
  private static let twoColumnWidth = 70

  /// A piece of a card line: `text` at column `x` of the card, at most `width` wide.
  struct Span: Equatable {
    let text: String
    let style: Style
    var x = 0
    var width = Int.max
  }

  static func draw(_ state: CoachState, on screen: inout Screen) {
    Chrome.drawHeader(
      title: "\(state.course.title) · Your profile", status: "colleague spotlight", on: &screen)
    let (card, notice) = layout(screen.size, notice: state.notice)
    let lines = lines(state, width: card.width)
    ScrolledLines.draw(
      count: lines.count, scroll: state.profileScroll, in: card, down: "↓", up: "↑", on: &screen
    ) { index, row, screen in
      for span in lines[index] {
        screen.put(
          span.text, at: Point(x: row.x + span.x, y: row.y), style: span.style,
          maxWidth: min(span.width, row.width - span.x))
      }
    }
    Chrome.drawNotice(state.notice, in: notice, on: &screen)
    screen.cursor = nil
  }

  /// The card, a blank row below the header and above the notice, and the notice's row.
  private static func layout(_ size: Size, notice: CoachState.Notice?) -> (
    card: Rect, notice: Rect
  ) {
    let (body, notice) = Chrome.bodyAndNotice(size, notice: notice)
    return (body.splitTop(1).1.splitBottom(1).0, notice)
  }

  /// The furthest the card scrolls on a terminal of `size`.
  static func scrollLimit(_ state: CoachState, size: Size) -> Int {
    let card = layout(size, notice: state.notice).card
    return ScrolledLines.limit(
      lineCount: lines(state, width: card.width).count, height: card.height)
  }

  /// One press of PgDn: the card's rows less one, so a line stays for context.
  static func page(_ size: Size) -> Int { max(1, layout(size, notice: nil).card.height - 2) }

  /// Every line of the card at `width`: the name and specialties, the facts, the sections,
  /// then the quick picks.
  static func lines(_ state: CoachState, width: Int) -> [[Span]] {
    let spotlight = ProfileSpotlight(course: state.course, answers: state.answers)
    func wrapped(_ text: String, _ style: Style) -> [[Span]] {
      TextWrap.wrap(text, width: max(1, width)).map { [Span(text: $0, style: style)] }
    }
    var lines: [[Span]] = []
    if spotlight.isEmpty {
      lines += wrapped(
        "Nothing here yet. Press e to fill in your profile: every question is optional, "
          + "and Enter on an empty one moves past it.", Theme.muted)
    }
    lines += spotlight.name.map { wrapped($0, Theme.title) } ?? []
    lines += subtitle(spotlight).map { wrapped($0, Theme.heading) } ?? []
    let roles = spotlight.inputs
    let shownAbove = [roles.name, roles.specialty, roles.subSpecialties].compactMap { $0 }
    let facts = spotlight.facts.filter { !shownAbove.contains($0.id) }
    for group in [facts, spotlight.sections] where !group.isEmpty {
      if !lines.isEmpty { lines.append([]) }
      lines += group.flatMap { entry($0, width: width) }
    }
    if !spotlight.picks.isEmpty {
      if !lines.isEmpty { lines.append([]) }
      lines.append([Span(text: "Quick Q&A", style: Theme.heading)])
      lines += picks(spotlight.picks, course: state.course, width: width)
    }
    return lines
  }

  private static func subtitle(_ spotlight: ProfileSpotlight) -> String? {
    let roles = [spotlight.inputs.specialty, spotlight.inputs.subSpecialties].compactMap { $0 }
    let parts = spotlight.facts.filter { roles.contains($0.id) }
    return parts.isEmpty ? nil : parts.map(\.text).joined(separator: " · ")
  }

  /// The label, then the text wrapped beside it, in full.
  private static func entry(_ entry: ProfileSpotlight.Entry, width: Int) -> [[Span]] {
    let text = entry.text.replacingOccurrences(of: "\n", with: " ")
    let wrapped = TextWrap.wrap(text, width: max(1, width - labelWidth))
    return wrapped.enumerated().map { index, line in
      let label =
        index == 0 ? [Span(text: entry.label, style: Theme.muted, width: labelWidth - 1)] : []
      return label + [Span(text: line, style: Theme.body, x: labelWidth)]
    }
  }

  /// The either-or picks, each said as "the pick, not the other": two to a line where the
  /// card is wide, else one.
  private static func picks(_ picks: [ProfileSpotlight.Entry], course: Course, width: Int)
    -> [[Span]]
  {
    let columns = width >= twoColumnWidth ? 2 : 1
    let columnWidth = width / columns
    let spans = picks.enumerated().map { index, pick in
      let prompt = course.profileUnit?.unit.prompts.first { $0.id == pick.id }
      var text = pick.text
      if case .choice(let rule)? = prompt?.kind,
        let other = rule.options.first(where: { $0 != pick.text })
      {
        text += ", not " + other
      }
      return Span(
        text: "· " + text, style: Theme.body, x: (index % columns) * columnWidth,
        width: columnWidth - 2)
    }
    return stride(from: 0, to: spans.count, by: columns).map {
      Array(spans[$0..<min(spans.count, $0 + columns)])
    }
  }
}
