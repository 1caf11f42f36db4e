import Foundation
import GRDB
import LeverageCore

/// The automatic backup: before the first change of each day the journal store makes the
/// day's copy, unless one exists or the journal holds nothing yet. A failed backup never
/// stops the change: it leaves one warning for the caller to show, once a day.
public final class DailyBackup: @unchecked Sendable {
  public let folder: BackupFolder
  private let today: @Sendable () -> CalendarDate
  // Guards `doneFor` and `warning`: the store may be written from more than one thread.
  private let lock = NSLock()
  private var doneFor: CalendarDate?
  private var warning: String?

  public init(folder: BackupFolder, today: @escaping @Sendable () -> CalendarDate) {
    self.folder = folder
    self.today = today
  }

  /// Off when `LEVERAGE_BACKUPS` is `0`, `false`, `no` or `off` (in any case); otherwise in
  /// the folder of `journal`.
  public static func fromEnvironment(
    _ environment: [String: String], journal: String,
    today: @escaping @Sendable () -> CalendarDate
  ) -> DailyBackup? {
    guard isOn(environment["LEVERAGE_BACKUPS"]) ?? true else { return nil }
    return DailyBackup(
      folder: BackupFolder.of(journal: journal, environment: environment), today: today)
  }

  /// Whether `LEVERAGE_BACKUPS` asks for backups: nil for a word it does not know, which
  /// leaves them on, since a typo must not silently stop the copies.
  public static func isOn(_ value: String?) -> Bool? {
    let word = (value ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    if ["", "1", "true", "yes", "on"].contains(word) { return true }
    if ["0", "false", "no", "off"].contains(word) { return false }
    return nil
  }

  /// Called by the store before every write and an upgrade; cheap once the day's copy is
  /// known to exist.
  func makeIfDue(of database: DatabaseQueue) {
    lock.withLock {
      let day = today()
      guard doneFor != day else { return }
      if FileManager.default.fileExists(atPath: folder.filePath(BackupName(day: day))) {
        doneFor = day
        return
      }
      // An empty journal has nothing to lose; its first change is backed up the next time.
      // One too old to have every table is backed up.
      guard (try? database.read(JournalBackup.holdsUserData)) ?? true else { return }
      // Tried once a day: a full disk must not slow every keystroke's draft save.
      doneFor = day
      do throws(JournalError) {
        _ = try JournalBackup.copy(database, to: BackupName(day: day), in: folder)
      } catch {
        warning =
          "Today's backup could not be made (your work is saved): \(error.message)"
          + " LEVERAGE_BACKUPS=0 turns the daily backup off."
      }
    }
  }

  /// The warning of a failed backup, once.
  func takeWarning() -> String? {
    lock.withLock {
      defer { warning = nil }
      return warning
    }
  }
}
