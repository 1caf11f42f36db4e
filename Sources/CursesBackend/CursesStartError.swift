import PlainText
import TerminalUI

/// Why the full-screen interface cannot start, with a one-line message for the user.
public enum CursesStartError: Error, Equatable, CustomStringConvertible {
  /// `stream` is "stdin" or "stdout".
  case notATerminal(stream: String)
  case termNotSet
  case unknownTerminal(term: String)
  case noCursorAddressing(term: String)
  case cursesFailed(term: String)

  public var description: String { message }

  /// One line for the user, with what to do about it.
  public var message: String {
    switch self {
    case .notATerminal(let stream):
      "Leverage needs an interactive terminal: \(stream) is not a TTY. "
        + "The subcommands work without one: try `leverage journal list`."
    case .termNotSet:
      "TERM is not set, so Leverage cannot tell what this terminal can do; "
        + "set it (for example TERM=xterm-256color) or run Leverage in a full terminal."
    case .unknownTerminal(let term):
      "This terminal type (TERM=\(PlainText.sanitized(term))) is unknown to terminfo; "
        + "install its terminfo entry or try TERM=xterm-256color."
    case .noCursorAddressing(let term):
      "This terminal (TERM=\(PlainText.sanitized(term))) cannot move the cursor; "
        + "run Leverage in a full terminal such as xterm or tmux."
    case .cursesFailed(let term):
      "The terminal (TERM=\(PlainText.sanitized(term))) could not be set up for full-screen use; "
        + "try TERM=xterm-256color."
    }
  }
}
