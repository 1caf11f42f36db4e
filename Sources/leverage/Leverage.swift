import ArgumentParser
import Foundation

/// `leverage`: the coach when run alone, and scriptable subcommands for everything that makes
/// sense without a screen. Exit status: 0 ok, 1 a problem the user can fix, 2 a usage error.
@main
struct Leverage: ParsableCommand {
  // Every command names itself: deriving a name from the type's costs each run a
  // demangling of every command's type name (about 16% of a `journal list`).
  static let configuration = CommandConfiguration(
    commandName: "leverage",
    abstract: "Prepare for contract talks, renewals and leadership asks.",
    discussion: """
      Leverage \(LeverageVersion.current). Run it alone to open the coach; the
      subcommands read, search and export your journal from scripts. The
      options every command shares (--journal, --course) may come before
      or after any command name; a command with no use for one ignores it.

      Examples:
        leverage                            open the coach
        leverage --journal ~/work.sqlite next
        leverage export --output summary.md
      """,
    version: LeverageVersion.current,
    subcommands: [
      CoachCommand.self, JournalCommand.self, CourseCommand.self, ProfileCommand.self,
      NextCommand.self, OffersCommand.self, ExportCommand.self, BriefCommand.self,
      ImportCommand.self, BackupCommand.self, RestoreCommand.self, RehearseCommand.self,
    ],
    defaultSubcommand: CoachCommand.self
  )

  static func main() {
    let environment = ProcessInfo.processInfo.environment
    if let problem = Clock.problem(environment: environment) {
      Output.error(problem)
      Foundation.exit(2)
    }
    let arguments = LeadingOptions.reordered(Array(CommandLine.arguments.dropFirst()))
    if let unknown = CommandNames.unknown(in: arguments, root: Leverage.self) {
      Output.error(unknown.message)
      Foundation.exit(2)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch let error as UserError {
      Output.error(error.message)
      Foundation.exit(1)
    } catch let error as UsageError {
      Output.error(error.message)
      Foundation.exit(2)
    } catch let error as ExitCode {
      Foundation.exit(error.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      Output.error(fullMessage(for: error))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

/// A problem the user can fix, said in one line; exit status 1.
struct UserError: Error {
  let message: String
}

/// A mistake in the command line found once the course is read (a unit it does not have),
/// said in one line like the parser's own; exit status 2.
struct UsageError: Error {
  let message: String
}
