import Foundation
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
  /// that cannot start costs nothing: the text is printed instead.
  static func paged(_ text: String) {
    guard !text.isEmpty else { return }
    guard isatty(STDOUT_FILENO) == 1, let pager = Pager.command() else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    if !Pager.show(text, with: pager) { FileHandle.standardOutput.write(Data(text.utf8)) }
  }
}

/// The user's pager, run through the shell as git runs `$PAGER`.
enum Pager {
  static func command(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    let pager = environment["PAGER"] ?? "less -FRX"
    return pager.trimmingCharacters(in: .whitespaces).isEmpty ? nil : pager
  }

  /// False when the pager could not be started; the text was then not shown.
  static func show(_ text: String, with pager: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", pager]
    let input = Pipe()
    process.standardInput = input
    do {
      try process.run()
    } catch {
      return false
    }
    // A pager quit early (q in less) closes the pipe; the write then fails quietly.
    signal(SIGPIPE, SIG_IGN)
    try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    return true
  }
}
