import ArgumentParser
import Foundation
import LeverageCore
import LeverageJournal

/// `leverage import PATH`: merges a JSON export into the journal, all or nothing, reading it
/// answer by answer so an archive of any size fits in bounded memory. Every value is
/// checked against the course as the coach checks what is typed.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Merge a JSON export into the journal; answers already there are skipped.",
    discussion: """
      Examples:
        leverage import journal.json
        leverage --journal ~/new.sqlite import journal.json
        leverage import - < journal.json
      """)

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Argument(
    help: ArgumentHelp(
      "A file written by `leverage export --format json`, or - for standard input.",
      valueName: "path"))
  var path: String

  func run() throws {
    let course = try courseOptions.load()
    let pending: PendingImport
    do {
      // The real clock, not LEVERAGE_NOW: a clock set years ahead must not admit answers
      // that would stay the latest for good.
      pending = try PendingImport.prepare(path: path, course: course, now: Date())
    } catch {
      throw UserError(message: error.message)
    }
    let store = try journalOptions.open()
    do {
      let report = try store.importArchive(pending)
      let already = report.skipped == 1 ? "was" : "were"
      Output.line(
        "Imported \(AnswerCount.text(report.added)); \(report.skipped) \(already) already there."
      )
      if let warning = store.takeBackupWarning() { Output.error(warning) }
    } catch let error as ArchiveError {
      throw UserError(message: error.message)
    } catch let error as JournalError {
      throw UserError(message: error.message)
    }
  }
}
