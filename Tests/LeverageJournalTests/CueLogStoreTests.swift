import CoachTestKit
import Foundation
import LeverageResources
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct CueLogStoreTests {
  let scratch = ScratchFolder()
  let day = 86_400.0
  let start = Date(timeIntervalSince1970: 1_772_355_600)

  @Test func readsTheNewestDebriefsOldestFirst() throws {
    let course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
    let store = try JournalStore.open(path: scratch.path)
    let cues = PromptKey(unitID: "debrief", promptID: "cues")
    for meeting in 1...5 {
      _ = try store.save(
        .text("Meeting \(meeting)"), for: cues, kind: .text, at: start + Double(meeting) * day)
    }
    _ = try store.deleteAnswer(cues, at: start + 10 * day)
    _ = try store.save(.text("After the reset"), for: cues, kind: .text, at: start + 11 * day)
    for meeting in 12...14 {
      _ = try store.save(
        .text("Meeting \(meeting)"), for: cues, kind: .text, at: start + Double(meeting) * day)
    }
    let utc = TimeZone(secondsFromGMT: 0) ?? .current
    let log = try store.cueLog(course: course, limit: 3, timeZone: utc)
    #expect(log.map(\.text) == ["Meeting 12", "Meeting 13", "Meeting 14"])
    #expect(log.first?.day == CalendarDate(year: 2026, month: 3, day: 13))
    // Deleted cues stay out of the log.
    #expect(try store.cueLog(course: course, timeZone: utc).map(\.text).first == "After the reset")
  }
}
