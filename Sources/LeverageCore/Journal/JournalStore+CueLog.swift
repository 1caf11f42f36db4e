import Foundation

extension JournalStore {
  /// Every debrief's cues, oldest first: each revision of the debrief's cues prompt is one
  /// meeting. Empty when the course has no debrief.
  public func cueLog(course: Course, calendar: Calendar = .current) throws(JournalError)
    -> [CueEntry]
  {
    guard let (unit, inputs) = course.debriefUnit else { return [] }
    let revisions = try revisions(of: PromptKey(unitID: unit.id, promptID: inputs.cues))
    return revisions.compactMap { saved in
      guard case .text(let text) = saved.value, !text.isEmpty else { return nil }
      return CueEntry(day: CalendarDate(saved.createdAt, calendar: calendar), text: text)
    }
  }
}
