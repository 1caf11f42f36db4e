import ArgumentParser
import LeverageCore
import LeverageJournal

extension ExportFormat: ExpressibleByArgument {}

/// `leverage export`: the summary (or the whole journal as JSON) to stdout or a file.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a summary to take into the meeting, or the whole journal as JSON.",
    discussion: """
      Examples:
        leverage export --output summary.md
        leverage export --format json --output journal.json
      """)

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Option(name: .long, help: "markdown (default), html, json or brief (the one-page HTML).")
  var format: ExportFormat = .markdown
  @OptionGroup var outputOptions: OutputOptions

  func run() throws {
    try outputOptions.refuseExisting()
    let course = try courseOptions.load()
    let store = try journalOptions.openExisting()
    let date = CalendarDate(Clock.now()(), in: .current)
    // Written as it is read: the JSON of a whole journal is never held in memory.
    var importProblem: String?
    try outputOptions.write(paged: format != .json) { (emit) throws(JournalError) in
      importProblem = try SummaryExport.write(
        format, store: store, course: course, date: date, emit)
    }
    if let importProblem { Output.error("Exported, but \(importProblem).") }
  }
}
