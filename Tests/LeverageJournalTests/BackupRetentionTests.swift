import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct BackupRetentionTests {
  private func copy(
    _ day: CalendarDate, time: String? = nil, reason: BackupName.Reason = .daily,
    at seconds: Double = 0
  ) -> BackupCopy {
    let name = time.map { BackupName(day: day, time: $0, reason: reason) } ?? BackupName(day: day)
    return BackupCopy(
      fileName: name.fileName(base: "journal"), name: name,
      modified: Date(timeIntervalSince1970: seconds))
  }

  /// Days counted from 2026-11-30, a Monday.
  private func day(_ offset: Int) -> CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let start = calendar.date(from: DateComponents(year: 2026, month: 11, day: 30)) ?? Date()
    let date = calendar.date(byAdding: .day, value: offset, to: start) ?? start
    return CalendarDate(date, in: calendar.timeZone)
  }

  @Test func fewerThanSevenDaysAreAllKept() {
    let copies = (0..<7).map { copy(day(-$0)) }
    #expect(BackupRetention.expired(copies).isEmpty)
  }

  @Test func sixtyDailyCopiesKeepTheNewestSevenAndOnePerWeekForFourWeeks() {
    let copies = (0..<60).map { copy(day(-$0)) }
    let expired = Set(BackupRetention.expired(copies).map(\.name.day))
    let kept = copies.map(\.name.day).filter { !expired.contains($0) }
    // Days 0 to -6 are the dailies. Day -7, a Monday, is the only older copy of their ISO
    // week, so it is that week's; the Sundays -8, -15 and -22 end the three weeks before.
    #expect(kept == [0, -1, -2, -3, -4, -5, -6, -7, -8, -15, -22].map { day($0) })
  }

  @Test func copiesMadeBeforeARestoreOrByHandAreNeverPruned() {
    let safety = [
      copy(day(-50), time: "120000", reason: .beforeRestore, at: 5),
      copy(day(-50), time: "120000", reason: .byHand, at: 6),
      copy(day(0), time: "110000", reason: .beforeRestore, at: 4),
    ]
    let copies = safety + (0..<40).map { copy(day(-$0), at: Double(100 - $0)) }
    let expired = BackupRetention.expired(copies)
    #expect(expired.count == 40 - 7 - 4)
    #expect(expired.allSatisfy { $0.name.reason == .daily })
  }

  @Test func weeksAreISOWeeksStartingOnMonday() {
    #expect(BackupRetention.weekStart(of: day(6)) == BackupRetention.weekStart(of: day(0)))
    #expect(BackupRetention.weekStart(of: day(7)) != BackupRetention.weekStart(of: day(6)))
    #expect(BackupRetention.weekStart(of: day(-1)) != BackupRetention.weekStart(of: day(0)))
  }

  @Test func namesRoundTripAndOthersAreIgnored() {
    let daily = BackupName(day: CalendarDate(year: 2026, month: 12, day: 3))
    let day = CalendarDate(year: 2026, month: 12, day: 3)
    let restore = BackupName(day: day, time: "130501", reason: .beforeRestore)
    let again = BackupName(day: day, time: "130501", reason: .beforeRestore, sequence: 2)
    let byHand = BackupName(day: day, time: "130501", reason: .byHand)
    #expect(daily.fileName(base: "journal") == "journal-2026-12-03.sqlite")
    #expect(restore.fileName(base: "journal") == "journal-2026-12-03-130501-restore.sqlite")
    #expect(again.fileName(base: "journal") == "journal-2026-12-03-130501-restore-2.sqlite")
    #expect(byHand.fileName(base: "journal") == "journal-2026-12-03-130501-manual.sqlite")
    for name in [daily, restore, again, byHand] {
      #expect(BackupName.parse(name.fileName(base: "journal"), base: "journal") == name)
    }
    // An older Leverage's copy before a restore carried the time alone.
    #expect(BackupName.parse("journal-2026-12-03-130501.sqlite", base: "journal") == restore)
    for other in [
      "work-2026-12-03.sqlite", "journal-2026-13-03.sqlite", "journal-2026-12-03.sqlite-journal",
      ".tmp-12-34-journal-2026-12-03.sqlite", "journal-2026-12-3.sqlite",
      "journal-2026-12-03-1305.sqlite", "journal-2026-12-03-13050x.sqlite",
      "journal-2026-12-03-130501-daily.sqlite", "journal-2026-12-03-130501-other.sqlite",
      "journal-2026-12-03-130501-restore-1.sqlite", "journal-2026-12-03-130501-restore-02.sqlite",
    ] {
      #expect(BackupName.parse(other, base: "journal") == nil, "\(other)")
    }
  }

  @Test func eachJournalHasItsOwnFolderUnderXDGStateHome() {
    let environment = ["XDG_STATE_HOME": "/state", "HOME": "/h"]
    let one = BackupFolder.of(journal: "/a/journal.sqlite", environment: environment)
    let two = BackupFolder.of(journal: "/b/journal.sqlite", environment: environment)
    let work = BackupFolder.of(journal: "/a/work.db", environment: environment)
    #expect(one.path.hasPrefix("/state/leverage/backups/journal-"))
    #expect(one.path != two.path)
    #expect(one.base == "journal")
    #expect(work.base == "work.db")
    #expect(one == BackupFolder.of(journal: "/a/journal.sqlite", environment: environment))
    #expect(
      BackupFolder.root(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.local/state/leverage/backups")
  }
}
