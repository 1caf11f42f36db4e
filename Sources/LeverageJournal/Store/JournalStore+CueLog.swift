import Foundation
import LeverageCore

extension JournalStore {
  /// The newest `limit` debriefs' cues, oldest first: each revision of the debrief's cues
  /// prompt is one meeting. Only the newest are read, so a long history costs the coach's
  /// start nothing. Empty when the course has no debrief.
  public func cueLog(course: Course, limit: Int = CueEntry.kept, timeZone: TimeZone = .current)
    throws(JournalError) -> [CueEntry]
  {
    guard let (unit, inputs) = course.debriefUnit else { return [] }
    let key = PromptKey(unitID: unit.id, promptID: inputs.cues)
    let records = try perform {
      try read { db in try AnswerRecord.newestRevisions(of: key, limit: limit, in: db) }
    }
    let decoder = JSONDecoder()
    return records.reversed().compactMap { record in
      guard let saved = record.savedAnswer(decoder), case .text(let text) = saved.value,
        !text.isEmpty
      else { return nil }
      return CueEntry(day: CalendarDate(saved.createdAt, in: timeZone), text: text)
    }
  }
}
