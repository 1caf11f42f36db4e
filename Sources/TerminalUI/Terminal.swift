/// What the run loop needs from a terminal. `CursesTerminal` talks to a real one;
/// `MemoryTerminal` keeps the screen in memory for tests.
public protocol Terminal: AnyObject {
  /// The current size in cells.
  var size: Size { get }

  /// Shows `screen`, writing only what changed since the last call.
  func draw(_ screen: Screen)

  /// Waits up to `timeoutMilliseconds` for an event; `nil` when the time ran out.
  func nextEvent(timeoutMilliseconds: Int) -> InputEvent?

  /// Hands the terminal back to the shell and stops this process (Ctrl-Z); returns after `fg`.
  func suspend()

  /// Lends the terminal to another program (the user's editor) while `body` runs, then takes
  /// it back and redraws everything.
  func runOutside(_ body: () -> Void)
}
