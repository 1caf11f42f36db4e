import CoachTestKit
import Foundation
import GRDB
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// Copies that never replace one another, locks that follow links, and the small rules
/// around the daily backup (issue #24).
@Suite struct BackupSafetyTests {
  private let key = PromptKey(unitID: "u", promptID: "p")
  private let today = CalendarDate(year: 2026, month: 12, day: 3)

  private func folder(_ scratch: ScratchFolder) -> BackupFolder {
    BackupFolder.of(
      journal: scratch.path, environment: ["XDG_STATE_HOME": scratch.url.path + "/state"])
  }

  @Test func twoRestoresInOneSecondKeepBothCopies() throws {
    let scratch = ScratchFolder()
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("the original"), for: key, kind: .text, at: Date())
    let name = BackupName(day: today, time: "232006", reason: .beforeRestore)
    let first = try store.makeBackup(name, in: folder(scratch))
    _ = try store.save(.text("restored"), for: key, kind: .text, at: Date())
    let second = try store.makeBackup(name, in: folder(scratch))
    #expect(first.hasSuffix("/journal-2026-12-03-232006-restore.sqlite"))
    #expect(second.hasSuffix("/journal-2026-12-03-232006-restore-2.sqlite"))
    #expect(try JournalBackup.check(first) == 1)
    #expect(try JournalBackup.check(second) == 2)
    let third = try store.makeBackup(name, in: folder(scratch))
    #expect(third.hasSuffix("-restore-3.sqlite"))
    #expect(folder(scratch).copies().count == 3)
  }

  @Test func theDayCopyIsNeverReplaced() throws {
    let scratch = ScratchFolder()
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("morning"), for: key, kind: .text, at: Date())
    let first = try store.makeBackup(BackupName(day: today), in: folder(scratch))
    _ = try store.save(.text("evening"), for: key, kind: .text, at: Date())
    let again = try store.makeBackup(BackupName(day: today), in: folder(scratch))
    #expect(again == first)
    #expect(try JournalBackup.check(first) == 1)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder(scratch).path)
    #expect(names == ["journal-2026-12-03.sqlite"])
  }

  @Test func aRestoreByTheRealPathIsRefusedWhileACoachHoldsASymlink() throws {
    let scratch = ScratchFolder()
    _ = try JournalStore.open(path: scratch.path)
    let link = scratch.url.appendingPathComponent("link.sqlite").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.path)
    try withExtendedLifetime(JournalLock.coach(journal: link)) {
      _ = #expect(throws: JournalError.self) { try JournalLock.restore(journal: scratch.path) }
    }
    try withExtendedLifetime(JournalLock.restore(journal: scratch.path)) {
      _ = #expect(throws: JournalError.self) { try JournalLock.coach(journal: link) }
    }
  }

  @Test func aSaveAfterTheJournalWasReplacedStartsASessionAndSaysSo() throws {
    let scratch = ScratchFolder()
    let other = ScratchFolder()
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("first"), for: key, kind: .text, at: Date())
    let elsewhere = try JournalStore.open(path: other.path)
    // Its session 1 started at another moment than this store's session 1.
    let earlier = Date(timeIntervalSince1970: 1_700_000_000)
    _ = try elsewhere.save(.text("from the backup"), for: key, kind: .text, at: earlier)
    let backup = try elsewhere.makeBackup(BackupName(day: today), in: folder(other))
    // Another process restores under this one: its session row is gone.
    try JournalStore.open(path: scratch.path).restore(from: backup)
    _ = try store.save(.text("after"), for: key, kind: .text, at: Date())
    #expect(try store.revisions(of: key).map(\.value).last == .text("after"))
    let notice = try #require(store.takeBackupWarning())
    #expect(notice.hasPrefix("The journal was replaced while open"))
    _ = try store.save(.text("again"), for: key, kind: .text, at: Date())
    #expect(store.takeBackupWarning() == nil)
  }

  @Test func backupsAreTurnedOffByAnyUsualNo() {
    for off in ["0", "false", "no", "off", "OFF", " No "] {
      #expect(DailyBackup.isOn(off) == false, "\(off)")
      #expect(
        DailyBackup.fromEnvironment(["LEVERAGE_BACKUPS": off], journal: "/j") { today } == nil)
    }
    for on in [nil, "", "1", "true", "yes", "on"] {
      #expect(DailyBackup.isOn(on) == true, "\(on ?? "unset")")
    }
    #expect(DailyBackup.isOn("maybe") == nil)
    // An unknown word leaves backups on.
    #expect(
      DailyBackup.fromEnvironment(["LEVERAGE_BACKUPS": "maybe"], journal: "/j") { today } != nil)
  }

  @Test func aJournalHoldingOnlySkipMarksGetsItsDayBackup() throws {
    let scratch = ScratchFolder()
    let daily = DailyBackup(folder: folder(scratch), today: { [today] in today })
    let store = try JournalStore.open(path: scratch.path, dailyBackup: daily)
    try store.markSkipped(PromptKey(unitID: "u", promptID: "a"))
    #expect(folder(scratch).copies().isEmpty)
    try store.markSkipped(PromptKey(unitID: "u", promptID: "b"))
    #expect(folder(scratch).copies().map(\.name) == [BackupName(day: today)])
  }
}
