import Foundation

/// A saved debrief feeds the rest of the app: its offer goes on the ladder (read from the
/// answers), and each next step becomes an action item, here.
extension Coach {
  /// One new action item per next step the user does not already have an item for, so
  /// saving the debrief again never doubles them.
  static func debriefActionItems(_ state: CoachState, _ saved: SavedAnswer) -> [CoachEffect] {
    guard let (unit, inputs) = state.course.debriefUnit,
      saved.key == PromptKey(unitID: unit.id, promptID: inputs.nextSteps),
      case .list(let steps) = saved.value
    else { return [] }
    var known = Set(state.actions.items.map { $0.title.lowercased() })
    return steps.compactMap { step in
      let title = step.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !title.isEmpty, known.insert(title.lowercased()).inserted else { return nil }
      return .changeActionItem(.add(title: title))
    }
  }
}
