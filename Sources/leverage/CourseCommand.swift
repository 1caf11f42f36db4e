import ArgumentParser
import Foundation
import LeverageCore
import LeverageResources

struct CourseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "course", abstract: "Work with course files.",
    discussion: """
      Examples:
        leverage course validate my-course.json
      """,
    subcommands: [Validate.self])

  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check a course file and list its problems (the built-in course by default).",
      discussion: """
        Examples:
          leverage course validate
          leverage course validate my-course.json
        """)

    @Argument(help: ArgumentHelp("The course file to check.", valueName: "path"))
    var path: String?
    /// `--course P` names the file to check, as it names the course for every command.
    @OptionGroup var courseOptions: CourseOptions
    /// Shared by every command; no use here (see `LeadingOptions`).
    @OptionGroup(visibility: .hidden) var journalOptions: JournalOptions

    func run() throws {
      let course = try CourseFile.load(path: path ?? courseOptions.course)
      let prompts = course.parts.flatMap(\.units).reduce(0) { $0 + $1.prompts.count }
      let units = course.parts.reduce(0) { $0 + $1.units.count }
      Output.line("ok: \(course.parts.count) parts, \(units) units, \(prompts) prompts")
    }
  }
}
