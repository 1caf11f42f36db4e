import Foundation

/// A command the user configured (`$EDITOR`, `$PAGER`), run through `/bin/sh` as git runs
/// them, so `EDITOR="code --wait"` works; arguments are passed as `$1`…, never spliced in.
public enum ShellCommand {
  /// The exit status, or nil when the shell could not be started or found no such command
  /// (127): then nothing the user asked for happened. `input` goes to its standard input.
  public static func run(_ command: String, arguments: [String] = [], input: Data? = nil)
    -> Int32?
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let placeholders = arguments.indices.map { " \"$\($0 + 1)\"" }.joined()
    process.arguments = ["-c", command + placeholders, "leverage"] + arguments
    let pipe = input.map { _ in Pipe() }
    if let pipe { process.standardInput = pipe }
    do {
      try process.run()
    } catch {
      return nil
    }
    if let pipe, let input {
      // A pager quit early (q in less) closes the pipe; the write then fails quietly.
      signal(SIGPIPE, SIG_IGN)
      try? pipe.fileHandleForWriting.write(contentsOf: input)
      try? pipe.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    return process.terminationStatus == 127 ? nil : process.terminationStatus
  }

  /// The first of `names` set to something other than blanks in `environment`.
  public static func configured(_ names: [String], in environment: [String: String]) -> String? {
    names.lazy.compactMap { environment[$0] }
      .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
  }
}
