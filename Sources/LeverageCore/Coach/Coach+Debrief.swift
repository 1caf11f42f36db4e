import Foundation

/// A saved debrief feeds the rest of the app: its offer goes on the ladder (read from the
/// answers), its cues join the cue log and each next step becomes an action item.
extension Coach {
  /// A cue saved now was seen at today's meeting: the state's today dates it, not the clock.
  static func logCues(_ state: inout CoachState, _ saved: SavedAnswer) {
    guard let (unit, inputs) = state.course.debriefUnit,
      saved.key == PromptKey(unitID: unit.id, promptID: inputs.cues),
      case .text(let text) = saved.value, !text.isEmpty
    else { return }
    state.cueLog.append(CueEntry(day: state.today, text: text))
    state.cueLog = Array(state.cueLog.suffix(CueEntry.kept))
  }

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
      return .actionItems(.add(title: title))
    }
  }
}
