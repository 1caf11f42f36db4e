import ArgumentParser
import Foundation
import LeverageCore

/// `leverage import PATH`: merges a JSON export into the journal, all or nothing. Every value
/// is checked against the course as the coach checks what is typed.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Merge a JSON export into the journal; answers already there are skipped.",
    discussion: """
      Examples:
        leverage import journal.json
        leverage --journal ~/new.sqlite import journal.json
      """)

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Argument(
    help: ArgumentHelp(
      "A file written by `leverage export --format json` (at most 40 MiB).",
      valueName: "path"))
  var path: String

  func run() throws {
    let course = try courseOptions.load()
    let archive: JournalArchive
    do {
      archive = try JournalArchive.read(path: path, course: course, now: Clock.now()())
    } catch {
      throw UserError(message: error.message)
    }
    let store = try journalOptions.open()
    do {
      let report = try store.importArchive(archive)
      Output.line("Imported \(report.added) answers; \(report.skipped) were already there.")
      if let warning = store.takeBackupWarning() { Output.error(warning) }
    } catch {
      throw UserError(message: error.message)
    }
  }
}
