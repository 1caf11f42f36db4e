import Foundation
import LeverageCore
import LeverageJournal
import Testing

@testable import LeverageApp

@Suite struct EffectRunnerBackupTests {
  @Test func aFailedDailyBackupBecomesANoticeAndTheAnswerIsStillSaved() throws {
    let path = temporaryJournalPath()
    let folder = (path as NSString).deletingLastPathComponent
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try JournalStore.open(path: path)
    // A file where the backup folder should be: the day's backup cannot be made.
    let blocked = BackupFolder(path: folder + "/journal.sqlite", base: "journal")
    let daily = DailyBackup(
      folder: blocked, today: { CalendarDate(year: 2026, month: 12, day: 3) })
    let backedUp = try JournalStore.open(path: path, dailyBackup: daily)
    let key = PromptKey(unitID: "u", promptID: "p")
    _ = try store.save(.text("first"), for: key, kind: .text, at: Date())
    let runner = EffectRunner(store: backedUp, now: { Date() })

    let outcome = runner.run(.saveAnswer(.text("second"), key: key, kind: .text, then: nil))

    guard case .events(let events) = outcome, events.count == 2,
      case .answerSaved = events[0], case .backupFailed(let message) = events[1]
    else {
      Issue.record("expected the save, then the backup's warning: \(outcome)")
      return
    }
    #expect(message.hasPrefix("Today's backup could not be made (your work is saved)"))
    #expect(try backedUp.revisions(of: key).count == 2)
    var state = ShippedCourse.state(answers: [:], drafts: [:], place: nil)
    _ = Coach.update(&state, events[1])
    #expect(state.notice == .error(message))
    // Once a day: the next save says nothing more.
    #expect(
      runner.run(.saveAnswer(.text("third"), key: key, kind: .text, then: nil)).eventCount == 1)
  }
}

extension EffectRunner.Outcome {
  fileprivate var eventCount: Int {
    guard case .events(let events) = self else { return 0 }
    return events.count
  }
}
