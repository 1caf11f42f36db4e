import LeverageCore
import TerminalUI

/// The unit's idea, its example and its sourced facts.
enum TeachingPane {
  /// Draws into `area` and returns the rows used.
  /// `note` is a line tailored to the user, shown right after the idea so it always fits.
  /// `specialty` is the profile's, so a figure measured in another specialty stays hidden.
  static func draw(
    _ unit: Unit, stepNumber: Int?, note: String? = nil, specialty: String? = nil,
    in area: Rect, on screen: inout Screen
  ) -> Int {
    let facts = unit.facts.filter { $0.specialties.includes(specialty) }
    var y = area.y
    let title = stepNumber.map { "\($0) · \(unit.title)" } ?? unit.title
    y += screen.putWrapped(
      title, in: Rect(x: area.x, y: y, width: area.width, height: 2), style: Theme.title)
    y += screen.putWrapped(
      unit.idea, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y),
      style: Theme.body)
    if let note, y + 1 < area.maxY {
      y += screen.putWrapped(
        note, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y),
        style: Theme.info)
    }
    if let example = unit.example, y + 1 < area.maxY {
      y += 1
      y += screen.putWrapped(
        "Example: " + example,
        in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), style: Theme.muted)
    }
    // A gap before the facts only when at least one of them will show after it.
    if !facts.isEmpty, y + 2 < area.maxY { y += 1 }
    for fact in facts where y + 1 < area.maxY {
      y += screen.putWrapped(
        "· \(fact.text) (\(fact.source))",
        in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), style: Theme.source)
    }
    return y - area.y
  }
}
