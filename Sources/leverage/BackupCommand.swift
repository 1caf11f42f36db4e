import ArgumentParser
import Foundation
import LeverageCore
import LeverageJournal
import PlainText
import TerminalUI

/// `leverage backup`: a copy of the journal now; `leverage backup list`: the copies kept.
/// Works with `LEVERAGE_BACKUPS=0` too, which turns off only the automatic daily copy.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Back the journal up now and print the copy's path (see `backup list`).",
    discussion: """
      Examples:
        leverage backup
        leverage backup --journal ~/work.sqlite
      """,
    subcommands: [List.self])

  @OptionGroup var journalOptions: JournalOptions
  /// Shared by every command; no use here (see `LeadingOptions`).
  @OptionGroup(visibility: .hidden) var courseOptions: CourseOptions

  func run() throws {
    let store = try journalOptions.openExisting()
    do {
      let path = try store.makeBackup(
        BackupName.stamped(Clock.now()(), reason: .byHand), in: journalOptions.backupFolder)
      Output.line(PlainText.sanitized(path))
    } catch {
      throw UserError(message: error.message)
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract:
        "List the journal's backups, newest first: date, why it was made, size, answers.",
      discussion: """
        Examples:
          leverage backup list
          leverage backup list --json
        """)

    @OptionGroup var journalOptions: JournalOptions
    /// Shared by every command; no use here (see `LeadingOptions`).
    @OptionGroup(visibility: .hidden) var courseOptions: CourseOptions
    @Flag(name: .long, help: "Print JSON for scripts (see the README for its fields).")
    var json = false

    func run() throws {
      let summaries = JournalBackup.summaries(in: journalOptions.backupFolder)
      if json {
        Output.line(try TerminalSafeJSON.encode(summaries.map(BackupJSON.init)))
      } else {
        for summary in summaries { Output.line(BackupListing.line(summary)) }
      }
    }
  }
}

/// One line of `backup list`:
/// `2026-12-03 13:05:01  before restore   48.2 MB   100000 answers  PATH`.
enum BackupListing {
  static func line(_ summary: BackupSummary) -> String {
    let when = summary.name.time.map { "\(day(summary)) \(clock($0))" } ?? day(summary)
    let answers = summary.answers.map(AnswerCount.text) ?? "unreadable"
    return [
      DisplayWidth.padded(when, to: 19), DisplayWidth.padded(summary.name.reason.label, to: 14),
      size(summary.bytes), DisplayWidth.padded(answers, to: 14, .right),
      PlainText.sanitized(summary.path),
    ].joined(separator: "  ")
  }

  static func day(_ summary: BackupSummary) -> String {
    summary.name.day.iso
  }

  /// `130501` as `13:05:01`.
  private static func clock(_ time: String) -> String {
    let digits = Array(time)
    return stride(from: 0, to: digits.count, by: 2).map { String(digits[$0..<$0 + 2]) }
      .joined(separator: ":")
  }

  static func size(_ bytes: Int64) -> String {
    let units = ["B", "KB", "MB", "GB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1000, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    let number = unit == 0 ? String(bytes) : String(format: "%.1f", value)
    return DisplayWidth.padded("\(number) \(units[unit])", to: 8, .right)
  }
}

/// The `--json` form of one backup.
struct BackupJSON: Encodable {
  var path: String
  var date: String
  /// `HHMMSS` for a copy made before a restore or by hand; absent for the day's copy.
  var time: String?
  /// Why it exists: `daily`, `restore` (made before one) or `manual` (`leverage backup`).
  var reason: String
  var bytes: Int64
  /// Absent when the file cannot be read as a journal.
  var answers: Int?

  init(_ summary: BackupSummary) {
    path = summary.path
    date = BackupListing.day(summary)
    time = summary.name.time
    reason = summary.name.reason.rawValue
    bytes = summary.bytes
    answers = summary.answers
  }
}
