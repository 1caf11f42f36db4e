import ArgumentParser
import Foundation
import LeverageCore
import LeverageJournal
import LeverageResources
import PlainText

/// `--journal`, shared by every command that reads or writes the journal.
struct JournalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The journal file (default: $LEVERAGE_JOURNAL, else ~/.local/share/leverage/journal.sqlite).",
      valueName: "path"))
  var journal: String?

  var path: String {
    journal ?? JournalStore.defaultPath(environment: ProcessInfo.processInfo.environment)
  }

  var exists: Bool { FileManager.default.fileExists(atPath: path) }

  /// For the commands that only read: a journal that is not there yet is not created, and
  /// the user is told how to start one.
  func openExisting() throws -> JournalStore {
    guard exists else {
      throw UserError(message: "No journal yet at \(path): run leverage to start one.")
    }
    return try open()
  }

  var backupFolder: BackupFolder {
    BackupFolder.of(journal: path, environment: ProcessInfo.processInfo.environment)
  }

  /// Every command opens the journal here, so each one warns, in the same line on standard
  /// error, about a journal other users can read: scripts see it as well as the coach. Each
  /// also gets the daily backup (unless `LEVERAGE_BACKUPS` is 0, false, no or off), made before its first change.
  func open() throws -> JournalStore {
    let store: JournalStore
    let now = Clock.now()
    let dailyBackup = DailyBackup.fromEnvironment(
      ProcessInfo.processInfo.environment, journal: path,
      today: { CalendarDate(now(), in: .current) })
    do {
      store = try JournalStore.open(path: path, dailyBackup: dailyBackup)
    } catch {
      throw UserError(message: error.message)
    }
    for warning in store.warnings { Output.error(warning) }
    if let warning = Self.backupSettingWarning(ProcessInfo.processInfo.environment) {
      Output.error(warning)
    }
    return store
  }

  /// The one line for a `LEVERAGE_BACKUPS` word nobody knows, or nil.
  static func backupSettingWarning(_ environment: [String: String]) -> String? {
    guard let value = environment["LEVERAGE_BACKUPS"], DailyBackup.isOn(value) == nil else {
      return nil
    }
    return "LEVERAGE_BACKUPS=\(PlainText.sanitized(value)) is not understood "
      + "(use 0 or 1, off or on); backups stay on."
  }
}

/// `--course`, for the commands that need the course.
struct CourseOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Use another course file.", valueName: "path"))
  var course: String?

  func load() throws -> Course {
    try CourseFile.load(path: course)
  }
}

/// Loads the course a user named, or the built-in one, with errors said in the user's terms.
enum CourseFile {
  static func load(path: String?) throws -> Course {
    guard let url = path.map({ URL(fileURLWithPath: $0) }) ?? CourseResource.defaultCourseURL
    else {
      throw UserError(message: "The built-in course is missing: reinstall Leverage.")
    }
    do {
      return try CourseLoader.load(from: url)
    } catch {
      throw UserError(message: error.message)
    }
  }
}
