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
    } catch .isDirectory(let path) {
      throw UserError(
        message: "\(path) is a folder, not a backup; name a backup file from "
          + "`leverage backup list`.")
    } catch .notARegularFile(let path) {
      throw UserError(
        message: "\(path) is not a regular file, so it is not a backup; name a backup file "
          + "from `leverage backup list`.")
    } catch {
      throw UserError(message: error.message)
    }
    // Locked before this process opens the journal: the check for other processes holding
    // it open opens and closes the file, which would drop SQLite's locks of an open store.
    let lock: JournalLock
    do {
      lock = try JournalLock.restore(journal: journal)
    } catch {
      throw UserError(message: error.message)
    }
    defer { withExtendedLifetime(lock) {} }
    let store = try journalOptions.open()
    do throws(JournalError) {
      let kept = try store.hasUserData() ? try keepCurrent(store) : nil
      try store.restore(from: file)
      // A backup from an older Leverage gets the newer tables now, not at the next start.
      _ = try JournalStore.open(path: journal)
      let safety = kept.map { "; the journal as it was is in \(PlainText.sanitized($0))" } ?? ""
      Output.line(
        "Restored \(AnswerCount.text(answers)) from \(PlainText.sanitized(file))\(safety).")
    } catch {
      throw UserError(message: error.message)
    }
  }

  /// A copy named by the time and its reason; a name already taken gets the next number,
  /// so restoring twice in one second keeps both.
  private func keepCurrent(_ store: JournalStore) throws(JournalError) -> String {
    try store.makeBackup(
      BackupName.stamped(Clock.now()(), reason: .beforeRestore),
      in: journalOptions.backupFolder)
  }

  private static func sameFile(_ one: String, _ other: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(one, &first) == 0, stat(other, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }
}
