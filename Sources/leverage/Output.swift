import Foundation
import LeverageApp
import PlainText

/// Writes for people and scripts outside the TUI.
enum Output {
  /// On standard error, with the user's own text made inert: one line for most problems,
  /// one line each when there are several (a course file's problems, a usage message).
  static func error(_ message: String) {
    let text = "leverage: " + PlainText.sanitized(message).trimmingCharacters(in: .newlines)
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static func line(_ text: String) {
    print(text)
  }

  /// Long text for a person: through `$PAGER` (else `less -FRX`, which prints a short text
  /// and quits) when standard output is a terminal; as it is into a pipe or a file. A pager
  /// that is not installed or fails costs nothing: the text is printed instead, with one
  /// line on why when the pager itself failed (`PAGER=cat` or `PAGER=` prints plainly).
  static func paged(_ text: String) {
    guard !text.isEmpty else { return }
    let environment = ProcessInfo.processInfo.environment
    let pager =
      environment["PAGER"] == nil
      ? "less -FRX" : ShellCommand.configured(["PAGER"], in: environment)
    guard isatty(STDOUT_FILENO) == 1, let pager else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    let outcome = ShellCommand.run(pager, input: Data(text.utf8))
    switch outcome {
    case .exited(status: 0):
      return
    case .notRun, .exited, .killed:
      if outcome != .notRun {
        error("The pager (\(pager)) \(outcome.description); printed without it.")
      }
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
