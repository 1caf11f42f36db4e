import ArgumentParser
import Foundation
import LeverageCore

/// `leverage import PATH`: merges a JSON export into the journal, all or nothing.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Merge a JSON export into the journal; answers already there are skipped.")

  @OptionGroup var journalOptions: JournalOptions
  @Argument(
    help: ArgumentHelp(
      "A file written by `leverage export --format json`.",
      valueName: "path"))
  var path: String

  func run() throws {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? "no such file or no permission"
      throw UserError(message: ArchiveError.unreadable(path: path, reason: reason).message)
    }
    let archive: JournalArchive
    do {
      archive = try JournalArchive.decode(data, source: path)
    } catch {
      throw UserError(message: error.message)
    }
    let store = try journalOptions.open()
    do {
      let report = try store.importArchive(archive)
      Output.line("Imported \(report.added) answers; \(report.skipped) were already there.")
    } catch {
      throw UserError(message: error.message)
    }
  }
}
