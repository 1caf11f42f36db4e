import CNcurses
import TerminalUI

/// Keeps the terminal usable whatever ends the process. Stop signals (SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT) are only noted, for the run loop to save and exit cleanly; crash signals
/// restore the saved terminal settings and leave the full screen before the crash report
/// prints, and always end the process (a sent one is raised again with its default action).
///
/// The handlers live in C (shim.h) because only async-signal-safe code may run in them, and
/// their static state exists once per Swift file that calls them: keep every `cn_guard_`
/// call in this file.
enum TerminalGuard {
  /// Saves the terminal settings and installs the handlers; call before curses starts.
  static func install() {
    cn_guard_install()
  }

  /// Puts the previous handlers back.
  static func uninstall() {
    cn_guard_uninstall()
  }

  /// The stop signal received since the last call, if any.
  static func takeSignal() -> TerminalSignal? {
    switch cn_guard_take_signal() {
    case SIGINT: .interrupt
    case SIGTERM: .terminate
    case SIGHUP: .hangup
    case SIGQUIT: .quit
    default: nil
    }
  }
}
