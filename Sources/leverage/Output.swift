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
  /// and quits) when standard output is a terminal; as it is into a pipe or a file.
  static func paged(_ text: String) {
    guard !text.isEmpty else { return }
    streamed(paged: true) { $0.write(text) }
  }

  /// Text made as it is written, never held whole: through the pager on a terminal when
  /// `paged`, else straight to standard output. A pager that is not installed or fails
  /// costs nothing: the text is made again and printed, with one line on why when the pager
  /// itself failed (`PAGER=cat` or `PAGER=` prints plainly). An error `produce` throws
  /// reaches the caller once the pager has closed.
  static func streamed<Failure: Error>(
    paged: Bool, _ produce: (inout TextSink) throws(Failure) -> Void
  ) throws(Failure) {
    let environment = ProcessInfo.processInfo.environment
    let pager =
      environment["PAGER"] == nil
      ? "less -FRX" : ShellCommand.configured(["PAGER"], in: environment)
    guard paged, isatty(STDOUT_FILENO) == 1, let pager else {
      return try toStandardOutput(produce)
    }
    var failure: Failure?
    let outcome = ShellCommand.run(pager) { descriptor in
      var sink = TextSink(descriptor: descriptor)
      do throws(Failure) {
        try produce(&sink)
        sink.flush()
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    switch outcome {
    case .exited(status: 0):
      return
    case .notRun, .exited, .killed:
      if outcome != .notRun {
        error("The pager (\(pager)) \(outcome.description); printed without it.")
      }
      try toStandardOutput(produce)
    }
  }

  private static func toStandardOutput<Failure: Error>(
    _ produce: (inout TextSink) throws(Failure) -> Void
  ) throws(Failure) {
    var sink = TextSink(descriptor: STDOUT_FILENO)
    try produce(&sink)
    sink.flush()
  }
}
