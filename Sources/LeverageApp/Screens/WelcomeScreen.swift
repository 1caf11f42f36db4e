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
    let bodyHeight = screen.size.height - y - 8
    y += screen.putWrapped(
      welcome.body, in: Rect(x: left, y: y, width: width, height: bodyHeight), style: Theme.body)
    for fact in welcome.facts {
      y += 1
      y += screen.putWrapped(
        "“\(fact.text)” (\(fact.source))",
        in: Rect(x: left + 2, y: y, width: width - 2, height: 3), style: Theme.source)
    }
    y += 1
    let pace =
      "\(state.outline.stepCount) steps and a wrap-up. Take them a step at a time: progress is saved."
    for line in [CourseLength(course: state.course).summary, pace] {
      y += screen.putWrapped(
        line, in: Rect(x: left, y: y, width: width, height: 2), style: Theme.muted)
    }
    screen.put("Press Enter to begin.", at: Point(x: left, y: y + 1), style: Theme.heading)
    screen.put(
      "Or press P to fill in your profile first; it's optional.",
      at: Point(x: left, y: y + 2), style: Theme.muted, maxWidth: width)
    screen.cursor = nil
  }
}
