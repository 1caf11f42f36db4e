import LeverageCore
import TerminalUI

/// The profile as a colleague spotlight: a read-only card. Editing walks its prompts.
enum ProfileScreen {
  private static let labelWidth = 20

  static func draw(_ state: CoachState, on screen: inout Screen) {
    let size = screen.size
    let width = size.width - 4
    let spotlight = ProfileSpotlight(course: state.course, answers: state.answers)
    Chrome.drawHeader(
      title: "\(state.course.title) · Your profile", status: "colleague spotlight", on: &screen)
    var y = 3
    let bottom = size.height - 3
    if spotlight.isEmpty {
      screen.putWrapped(
        "Nothing here yet. Press e to fill in your profile: every question is optional, "
          + "and Enter on an empty one moves past it.",
        in: Rect(x: 2, y: y, width: width, height: 3), style: Theme.muted)
    }
    let heading = [spotlight.name, subtitle(spotlight)].compactMap { $0 }
    for (index, line) in heading.enumerated() {
      screen.put(
        line, at: Point(x: 2, y: y), style: index == 0 ? Theme.title : Theme.heading,
        maxWidth: width)
      y += 1
    }
    let roles = spotlight.inputs
    let shownAbove = [roles.name, roles.specialty, roles.subSpecialties].compactMap { $0 }
    let rest = spotlight.facts.filter { !shownAbove.contains($0.id) }
    for (index, entry) in (rest + spotlight.sections).enumerated() where y < bottom {
      if index == rest.count || (index == 0 && !heading.isEmpty) { y += 1 }
      y += drawEntry(entry, y: y, rows: min(3, bottom - y), width: width, on: &screen)
    }
    if !spotlight.picks.isEmpty, y + 2 < bottom {
      y += 1
      screen.put("Quick Q&A", at: Point(x: 2, y: y), style: Theme.heading)
      y += 1
      drawPicks(spotlight.picks, course: state.course, y: y, bottom: bottom, on: &screen)
    }
    Chrome.drawNotice(state.notice, at: Point(x: 2, y: size.height - 2), width: width, on: &screen)
    screen.cursor = nil
  }

  private static func subtitle(_ spotlight: ProfileSpotlight) -> String? {
    let roles = [spotlight.inputs.specialty, spotlight.inputs.subSpecialties].compactMap { $0 }
    let parts = spotlight.facts.filter { roles.contains($0.id) }
    return parts.isEmpty ? nil : parts.map(\.text).joined(separator: " · ")
  }

  /// Returns the rows used: the label, then the text wrapped beside it.
  private static func drawEntry(
    _ entry: ProfileSpotlight.Entry, y: Int, rows: Int, width: Int, on screen: inout Screen
  ) -> Int {
    screen.put(entry.label, at: Point(x: 2, y: y), style: Theme.muted, maxWidth: labelWidth - 1)
    let text = entry.text.replacingOccurrences(of: "\n", with: " ")
    return max(
      1,
      screen.putWrapped(
        text, in: Rect(x: 2 + labelWidth, y: y, width: width - labelWidth, height: rows)))
  }

  /// The either-or picks in two columns, each said as "the pick, not the other".
  private static func drawPicks(
    _ picks: [ProfileSpotlight.Entry], course: Course, y: Int, bottom: Int,
    on screen: inout Screen
  ) {
    let columnWidth = (screen.size.width - 4) / 2
    for (index, pick) in picks.enumerated() {
      let row = y + index / 2
      guard row < bottom else { return }
      let prompt = course.profileUnit?.unit.prompts.first { $0.id == pick.id }
      var text = pick.text
      if case .choice(let rule)? = prompt?.kind,
        let other = rule.options.first(where: { $0 != pick.text })
      {
        text += ", not " + other
      }
      screen.put(
        "· " + text, at: Point(x: 2 + (index % 2) * columnWidth, y: row), style: Theme.body,
        maxWidth: columnWidth - 2)
    }
  }
}
