/// A key as the app sees it, independent of how a backend decoded it.
public enum Key: Equatable, Hashable, Sendable {
  /// A printable grapheme (never a control character).
  case character(Character)
  /// Ctrl plus a letter, lowercased: `.control("q")` is Ctrl-Q. Ctrl-J is `.control("j")`
  /// only when a backend can tell it from Enter; otherwise Enter arrives as `.enter`.
  case control(Character)
  case enter
  case tab
  case backTab
  case backspace
  case delete
  case escape
  case up
  case down
  case left
  case right
  case shiftUp
  case shiftDown
  /// Alt + Up or Down: scrolls the teaching by the prompt, which the arrows alone cannot.
  case altUp
  case altDown
  /// Alt/Ctrl + Left or Right: move by word.
  case wordLeft
  case wordRight
  case home
  case end
  case pageUp
  case pageDown
  case function(Int)
  /// Text pasted in one go (bracketed paste), kept whole so it is inserted in one step.
  case paste(String)
  /// The left mouse button pressed on this cell. Its meaning is whatever the screen drew
  /// there (`Screen.target(at:)`).
  case click(Point)
  /// One notch of the mouse wheel: each screen binds it beside its scroll keys.
  case wheelUp
  case wheelDown
}

/// Signals the app turns into orderly shutdowns.
public enum TerminalSignal: Equatable, Hashable, Sendable {
  case interrupt
  case terminate
  case hangup
  /// SIGQUIT, as `kill -QUIT` sends it (the raw terminal turns Ctrl-\ into a key).
  case quit

  /// The conventional exit status of a process stopped by this signal (128 + number).
  public var exitStatus: Int32 {
    switch self {
    case .interrupt: 130
    case .terminate: 143
    case .hangup: 129
    case .quit: 131
    }
  }
}

/// Everything that can wake the run loop.
public enum InputEvent: Equatable, Sendable {
  case key(Key)
  case resize(Size)
  case signal(TerminalSignal)
  /// The terminal came back after a suspend (Ctrl-Z, then `fg`): everything must be redrawn.
  case resumed
}
