import ArgumentParser
import LeverageCore

extension ExportFormat: ExpressibleByArgument {}

/// `leverage export`: the summary (or the whole journal as JSON) to stdout or a file.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a summary to take into the meeting, or the whole journal as JSON.")

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Option(name: .long, help: "markdown (default), html or json.")
  var format: ExportFormat = .markdown
  @Option(
    name: .long, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "path"))
  var output: String?
  @Flag(name: .long, help: "Replace the --output file if it exists.")
  var force = false

  func run() throws {
    try OutputFile.refuseExisting(output, force: force)
    let course = try courseOptions.load()
    let store = try journalOptions.open()
    let text: String
    do {
      text = try SummaryExport.contents(
        format, store: store, course: course, date: CalendarDate(Clock.now()()))
    } catch {
      throw UserError(message: error.message)
    }
    try OutputFile.write(text, to: output, force: force)
  }
}
