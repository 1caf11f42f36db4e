import ArgumentParser
import LeverageCore
import LeverageJournal

extension BriefFormat: ExpressibleByArgument {}

/// `leverage brief`: the one page to read before the meeting, to stdout or a file.
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Write the one-page brief to read just before the meeting.",
    discussion: """
      Examples:
        leverage brief
        leverage brief --format html --output brief.html
      """)

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Option(name: .long, help: "markdown (default) or html.")
  var format: BriefFormat = .markdown
  @OptionGroup var outputOptions: OutputOptions

  func run() throws {
    try outputOptions.refuseExisting()
    let course = try courseOptions.load()
    let store = try journalOptions.openExisting()
    let document: BriefDocument?
    do {
      document = try BriefExport.document(
        store: store, course: course, date: CalendarDate(Clock.now()(), in: .current))
    } catch {
      throw UserError(message: error.message)
    }
    guard let document else {
      throw UserError(message: "This course has no \"brief\" object, so there is no brief.")
    }
    try outputOptions.write(format.render(document), paged: true)
  }
}
