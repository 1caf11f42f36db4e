import CoachTestKit
import Foundation
import GRDB
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct JournalBackupTests {
  private let key = PromptKey(unitID: "u", promptID: "p")
  private let today = CalendarDate(year: 2026, month: 12, day: 3)

  private func folder(_ scratch: ScratchFolder) -> BackupFolder {
    BackupFolder.of(
      journal: scratch.path, environment: ["XDG_STATE_HOME": scratch.url.path + "/state"])
  }

  @Test func aBackupIsAWholeJournalInOneOwnerOnlyFileOfItsOwn() throws {
    let scratch = ScratchFolder()
    let store = try JournalStore.open(path: scratch.path)
    for index in 0..<50 {
      _ = try store.save(.text("answer \(index)"), for: key, kind: .text, at: Date())
    }
    let folder = folder(scratch)
    let path = try store.makeBackup(BackupName(day: today), in: folder)
    #expect(path == folder.path + "/journal-2026-12-03.sqlite")
    #expect(try ScratchFolder.mode(path) == 0o600)
    #expect(try ScratchFolder.mode(folder.path) == 0o700)
    #expect(try JournalBackup.check(path) == 50)
    // Rollback mode (header bytes 18 and 19 are 1), so it reads without -wal or -shm.
    let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20)
    #expect(Array(header.suffix(2)) == [1, 1])
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names == ["journal-2026-12-03.sqlite"])
  }

  @Test func aBackupRemovesTheTemporaryFilesADeadBackupLeft() throws {
    let scratch = ScratchFolder()
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("kept"), for: key, kind: .text, at: Date())
    let folder = folder(scratch)
    _ = try store.makeBackup(BackupName(day: today), in: folder)
    // No process has id 2^22 + 1 (above Linux's pid_max default of 2^22).
    let dead = folder.path + "/.tmp-4194305-7-journal-2026-12-04.sqlite"
    for suffix in ["", "-journal"] {
      _ = FileManager.default.createFile(atPath: dead + suffix, contents: Data("half".utf8))
    }
    _ = try store.makeBackup(
      BackupName(day: CalendarDate(year: 2026, month: 12, day: 4)), in: folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["journal-2026-12-03.sqlite", "journal-2026-12-04.sqlite"])
  }

  @Test func retentionPrunesOldCopiesAfterEachBackup() throws {
    let scratch = ScratchFolder()
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("kept"), for: key, kind: .text, at: Date())
    let folder = folder(scratch)
    for day in 1...30 {
      _ = try store.makeBackup(
        BackupName(day: CalendarDate(year: 2026, month: 11, day: day)), in: folder)
    }
    let days = folder.copies().map(\.name.day.day).sorted()
    // November 2026: the dailies 24 to 30 (the 30th is a Monday), then the newest of each of
    // the four ISO weeks before: the 23rd (a Monday whose Tuesday to Sunday are dailies),
    // and the Sundays 22, 15 and 8.
    #expect(days == [8, 15, 22, 23, 24, 25, 26, 27, 28, 29, 30])
  }

  @Test func restoreReplacesTheWholeJournalAndKeepsItAJournal() throws {
    let scratch = ScratchFolder()
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("before"), for: key, kind: .text, at: Date())
    let backup = try store.makeBackup(BackupName(day: today), in: folder(scratch))
    _ = try store.save(.text("after"), for: key, kind: .text, at: Date())
    try store.saveDraft(.text("typed"), for: key, at: Date())
    try store.restore(from: backup)
    #expect(try store.revisions(of: key).map(\.value) == [.text("before")])
    #expect(try store.drafts().isEmpty)
    let reopened = try JournalStore.open(path: scratch.path)
    #expect(try reopened.latestAnswers().map(\.value) == [.text("before")])
    #expect(try JournalBackup.check(scratch.path) == 1)
  }

  @Test func checkRefusesWhatIsNotASoundJournal() throws {
    let scratch = ScratchFolder()
    let garbage = scratch.url.appendingPathComponent("garbage.sqlite").path
    _ = FileManager.default.createFile(atPath: garbage, contents: Data("not a database".utf8))
    #expect(throws: JournalError.notADatabase(path: garbage)) { try JournalBackup.check(garbage) }
    let other = scratch.url.appendingPathComponent("other.sqlite").path
    let queue = try DatabaseQueue(path: other)
    try queue.write { db in try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT)") }
    try queue.close()
    #expect(throws: JournalError.notADatabase(path: other)) { try JournalBackup.check(other) }
    #expect(throws: JournalError.isDirectory(path: scratch.url.path)) {
      try JournalBackup.check(scratch.url.path)
    }
    let missing = scratch.url.appendingPathComponent("missing.sqlite").path
    #expect(throws: JournalError.self) { try JournalBackup.check(missing) }
    #expect(!FileManager.default.fileExists(atPath: missing))
  }

  @Test func theDailyBackupComesBeforeTheFirstChangeOfEachDayOnly() throws {
    let scratch = ScratchFolder()
    let clock = DayBox(today)
    let daily = DailyBackup(folder: folder(scratch), today: { clock.day })
    let store = try JournalStore.open(path: scratch.path, dailyBackup: daily)
    // A new journal has nothing to back up.
    _ = try store.save(.text("first"), for: key, kind: .text, at: Date())
    #expect(folder(scratch).copies().isEmpty)
    _ = try store.save(.text("second"), for: key, kind: .text, at: Date())
    _ = try store.save(.text("third"), for: key, kind: .text, at: Date())
    let first = folder(scratch).filePath(BackupName(day: today))
    // The copy holds the journal as it was before the day's first change to a full journal.
    #expect(try JournalBackup.check(first) == 1)
    clock.day = CalendarDate(year: 2026, month: 12, day: 4)
    try store.saveDraft(.text("next day"), for: key, at: Date())
    #expect(folder(scratch).copies().map(\.name.day).sorted() == [today, clock.day])
    #expect(try JournalBackup.check(folder(scratch).filePath(BackupName(day: clock.day))) == 3)
    #expect(store.takeBackupWarning() == nil)
  }

  @Test func anUpgradeOfAnOlderJournalBacksItUpAsItWasFirst() throws {
    let scratch = ScratchFolder()
    let older = try DatabaseQueue(path: scratch.path)
    try JournalSchema.migrator.migrate(older, upTo: "v1")
    try older.close()
    let daily = DailyBackup(folder: folder(scratch), today: { [today] in today })
    _ = try JournalStore.open(path: scratch.path, dailyBackup: daily)
    let copy = folder(scratch).filePath(BackupName(day: today))
    var readOnly = Configuration()
    readOnly.readonly = true
    let migrations = try DatabaseQueue(path: copy, configuration: readOnly).read { db in
      try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
    }
    #expect(migrations == ["v1"])
    // A new journal, by contrast, is not backed up when it is created.
    let fresh = ScratchFolder()
    let freshDaily = DailyBackup(folder: folder(fresh), today: { [today] in today })
    _ = try JournalStore.open(path: fresh.path, dailyBackup: freshDaily)
    #expect(folder(fresh).copies().isEmpty)
  }

  @Test func aFailedDailyBackupWarnsOnceAndNeverStopsTheSave() throws {
    let scratch = ScratchFolder()
    let blocker = scratch.url.appendingPathComponent("state").path
    // A file where the backup folder's parent should be: the folder cannot be made.
    _ = FileManager.default.createFile(atPath: blocker, contents: Data())
    let daily = DailyBackup(folder: folder(scratch), today: { [today] in today })
    let store = try JournalStore.open(path: scratch.path, dailyBackup: daily)
    _ = try store.save(.text("first"), for: key, kind: .text, at: Date())
    _ = try store.save(.text("second"), for: key, kind: .text, at: Date())
    #expect(try store.revisions(of: key).count == 2)
    let warning = try #require(store.takeBackupWarning())
    #expect(warning.hasPrefix("Today's backup could not be made (your work is saved)"))
    _ = try store.save(.text("third"), for: key, kind: .text, at: Date())
    #expect(store.takeBackupWarning() == nil)
  }

  @Test func aRestoreWaitsForNoCoachAndACoachForNoRestore() throws {
    let scratch = ScratchFolder()
    try withLock(JournalLock.coach(journal: scratch.path)) {
      // Two coaches (two windows) share the journal.
      try withLock(JournalLock.coach(journal: scratch.path)) {
        #expect(throws: JournalError.self) { try JournalLock.restore(journal: scratch.path) }
      }
      #expect(throws: JournalError.self) { try JournalLock.restore(journal: scratch.path) }
    }
    try withLock(JournalLock.restore(journal: scratch.path)) {
      #expect(throws: JournalError.self) { try JournalLock.coach(journal: scratch.path) }
    }
    // Every lock released: both kinds can be taken again.
    try withLock(JournalLock.restore(journal: scratch.path)) {}
  }

  /// Holds `lock` exactly while `body` runs.
  private func withLock(_ lock: JournalLock, _ body: () throws -> Void) rethrows {
    try withExtendedLifetime(lock, body)
  }
}

/// The day a test's clock shows, moved by the test.
private final class DayBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: CalendarDate

  init(_ day: CalendarDate) { stored = day }

  var day: CalendarDate {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
