import ArgumentParser
import Foundation
import LeverageCore
import LeverageJournal
import PlainText

/// `leverage restore FILE`: checks FILE is a sound journal, backs the current one up, then
/// replaces it in one SQLite transaction. Refused while a coach has the journal open.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Replace the journal with a backup, keeping a copy of it as it was.",
    discussion: """
      Examples:
        leverage backup list
        leverage restore ~/.local/state/leverage/backups/journal-1a2b3c4d/journal-2026-12-03.sqlite
      """)

  @OptionGroup var journalOptions: JournalOptions
  /// Shared by every command; no use here (see `LeadingOptions`).
  @OptionGroup(visibility: .hidden) var courseOptions: CourseOptions
  @Argument(
    help: ArgumentHelp("A backup, as `leverage backup list` prints it.", valueName: "file"))
  var file: String

  func run() throws {
    let journal = journalOptions.path
    if Self.sameFile(file, journal) {
      throw UserError(message: "\(file) is the journal itself; pick a backup to restore.")
    }
    let answers: Int
    do {
      answers = try JournalBackup.check(file)
    } catch .notADatabase(let path) {
      throw UserError(
        message: "\(path) is not a Leverage journal (or it is damaged); nothing was changed. "
          + "`leverage backup list` shows the backups.")
    } catch {
      throw UserError(message: error.message)
    }
    let store = try journalOptions.open()
    do throws(JournalError) {
      let lock = try JournalLock.restore(journal: journal)
      defer { withExtendedLifetime(lock) {} }
      let kept = try store.hasUserData() ? try keepCurrent(store) : nil
      try store.restore(from: file)
      // A backup from an older Leverage gets the newer tables now, not at the next start.
      _ = try JournalStore.open(path: journal)
      let safety = kept.map { "; the journal as it was is in \(PlainText.sanitized($0))" } ?? ""
      Output.line("Restored \(answers) answers from \(PlainText.sanitized(file))\(safety).")
    } catch {
      throw UserError(message: error.message)
    }
  }

  /// A copy named by the time as well as the day, so restoring twice in a day keeps both.
  private func keepCurrent(_ store: JournalStore) throws(JournalError) -> String {
    let now = Clock.now()()
    let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: now)
    let time = [parts.hour, parts.minute, parts.second]
      .map { String(format: "%02d", $0 ?? 0) }.joined()
    let name = BackupName(day: CalendarDate(now, in: .current), time: time)
    return try store.makeBackup(name, in: journalOptions.backupFolder)
  }

  private static func sameFile(_ one: String, _ other: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(one, &first) == 0, stat(other, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }
}
