import LeverageCore

/// What a key asks of the app: usually an event for the coach, sometimes work for the loop.
public enum AppCommand: Equatable, Sendable {
  case coach(CoachEvent)
  /// Ctrl-Z: hand the terminal back to the shell until `fg`.
  case suspend
  /// Ctrl-L: repaint everything, as in most terminal programs.
  case redraw
  /// Ctrl-X Ctrl-E, as in bash: edit the text answer in `$VISUAL` or `$EDITOR`.
  case editInEditor
}
