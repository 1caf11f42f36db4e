import LeverageCore
import TerminalUI

/// The first screen on a new journal: what Leverage is, one sourced fact, how long it takes,
/// and how to begin.
enum WelcomeScreen {
  static func draw(_ state: CoachState, on screen: inout Screen) {
    let welcome = state.course.welcome
    let width = min(72, screen.size.width - 4)
    let left = (screen.size.width - width) / 2
    var y = max(1, (screen.size.height - 16) / 3)
    screen.put(welcome.title, at: Point(x: left, y: y), style: Theme.title, maxWidth: width)
    y += 2
    let pace =
      "\(state.outline.stepCount) steps and a wrap-up. Take them a step at a time: progress is saved."
    let about = [CourseLength(course: state.course).summary, pace].flatMap {
      TextWrap.wrap($0, width: width)
    }
    let facts = welcome.facts.map {
      TextWrap.wrap("“\($0.text)” (\($0.source))", width: width - 2)
    }
    // How long it takes and how to begin always show, above the footer; when rows are
    // short the facts give way first, then the end of the body.
    let room = screen.size.height - 1 - y - (1 + about.count + 3)
    let factRows = facts.reduce(0) { $0 + 1 + $1.count }
    let showsFacts = room - factRows >= minimumBodyRows
    y += screen.putWrapped(
      welcome.body,
      in: Rect(x: left, y: y, width: width, height: max(0, room - (showsFacts ? factRows : 0))),
      style: Theme.body)
    for lines in showsFacts ? facts : [] {
      y += 1
      for line in lines {
        screen.put(line, at: Point(x: left + 2, y: y), style: Theme.source)
        y += 1
      }
    }
    y += 1
    for line in about {
      screen.put(line, at: Point(x: left, y: y), style: Theme.muted)
      y += 1
    }
    screen.put("Press Enter to begin.", at: Point(x: left, y: y + 1), style: Theme.heading)
    screen.put(
      "Or press P to fill in your profile first; it's optional.",
      at: Point(x: left, y: y + 2), style: Theme.muted, maxWidth: width)
    screen.cursor = nil
  }

  /// Below this many rows of the body, the facts make way for it.
  private static let minimumBodyRows = 4
}
