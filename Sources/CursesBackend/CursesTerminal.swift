import CNcurses
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, through ncursesw. Start it with `start()`, end it with `stop()` (also
/// done on deinit); signals and crashes in between leave the terminal usable.
public final class CursesTerminal: Terminal {
  private static let bracketedPasteOn = "\u{1B}[?2004h"
  private static let bracketedPasteOff = "\u{1B}[?2004l"
  /// The longest wait inside `get_wch`, so a noted signal is reported promptly.
  private static let pollMilliseconds = 100

  private let screenPointer: OpaquePointer
  private let keys: KeyReader
  private let painter: CellPainter
  private var previous: Screen?
  private var cursorShown: Bool?
  private var resumePending = false
  private var stopped = false

  /// Checks that this is a terminal curses can drive, without touching it, so the app can
  /// refuse before opening anything.
  public static func checkEnvironment() throws(CursesStartError) {
    _ = try checkedTerm()
  }

  /// Checks the terminal (see `checkEnvironment`), then takes it over.
  public static func start() throws(CursesStartError) -> CursesTerminal {
    setlocale(LC_ALL, "")
    useUTF8WhenLocaleUnset()
    let term = try checkedTerm()
    TerminalGuard.install()
    guard let screenPointer = newterm(nil, cn_stdout(), cn_stdin()) else {
      TerminalGuard.uninstall()
      throw .cursesFailed(term: term)
    }
    return CursesTerminal(screenPointer: screenPointer)
  }

  private init(screenPointer: OpaquePointer) {
    self.screenPointer = screenPointer
    // raw, not cbreak: Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q reach the app as keys.
    raw()
    nonl()
    noecho()
    keypad(cn_stdscr(), true)
    set_escdelay(25)
    keys = KeyReader(mouse: Self.mouseWanted)
    let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    painter = CellPainter(noColor: noColor)
    Self.send(Self.bracketedPasteOn)
  }

  deinit {
    stop()
  }

  public var size: Size {
    Size(width: Int(cn_cols()), height: Int(cn_lines()))
  }

  public func draw(_ screen: Screen) {
    let window = cn_stdscr()
    let size = self.size
    for change in ScreenDiff.changes(from: previous, to: screen) where change.point.y < size.height
    {
      for (offset, cell) in change.cells.enumerated() where !cell.isContinuation {
        let x = change.point.x + offset
        let width = min(2, max(1, DisplayWidth.of(cell.text)))
        guard x + width <= size.width else { continue }
        painter.paint(cell, width: width, x: x, y: change.point.y)
      }
    }
    placeCursor(screen.cursor, within: size)
    previous = screen
    wnoutrefresh(window)
    doupdate()
  }

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    if resumePending {
      resumePending = false
      return .resumed
    }
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .milliseconds(max(0, timeoutMilliseconds)))
    repeat {
      if let signal = TerminalGuard.takeSignal() { return .signal(signal) }
      let remaining = Self.milliseconds(from: clock.now, to: deadline)
      let slice = timeoutMilliseconds < 0 ? Self.pollMilliseconds : remaining
      if let event = keys.next(timeoutMilliseconds: Int32(min(Self.pollMilliseconds, slice))) {
        if case .resize = event { forceFullRedraw() }
        return event
      }
    } while timeoutMilliseconds < 0 || clock.now < deadline
    return TerminalGuard.takeSignal().map(InputEvent.signal)
  }

  public func suspend() {
    // Stopped, the process lends the terminal to the shell just as it does to an editor.
    runOutside { cn_stop_self() }
    resumePending = true
  }

  public func runOutside(_ body: () -> Void) {
    Self.send(Self.bracketedPasteOff)
    endwin()
    body()
    Self.send(Self.bracketedPasteOn)
    forceFullRedraw()
    wrefresh(cn_stdscr())
  }

  /// Gives the terminal back as it was. Safe to call more than once.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    Self.send(Self.bracketedPasteOff)
    endwin()
    delscreen(screenPointer)
    TerminalGuard.uninstall()
  }

  private static func checkedTerm() throws(CursesStartError) -> String {
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "stdin") }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "stdout") }
    guard let value = getenv("TERM"), value.pointee != 0 else { throw .termNotSet }
    let term = String(cString: value)
    switch cn_probe_terminal(term) {
    case 0: return term
    case 2: throw .noCursorAddressing(term: term)
    default: throw .unknownTerminal(term: term)
    }
  }

  private func placeCursor(_ cursor: Point?, within size: Size) {
    let visible =
      cursor.map { $0.x >= 0 && $0.y >= 0 && $0.x < size.width && $0.y < size.height }
      ?? false
    if visible != cursorShown {
      curs_set(visible ? 1 : 0)
      cursorShown = visible
    }
    if let cursor, visible {
      wmove(cn_stdscr(), Int32(cursor.y), Int32(cursor.x))
    }
  }

  /// After a resize or a suspend the terminal's contents are unknown: clear and redraw all.
  private func forceFullRedraw() {
    previous = nil
    clearok(cn_stdscr(), true)
  }

  private static func milliseconds(
    from start: ContinuousClock.Instant,
    to end: ContinuousClock.Instant
  ) -> Int {
    let (seconds, attoseconds) = start.duration(to: end).components
    return max(0, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
  }

  /// Writes a mode switch straight to the terminal: `putp` before the first refresh is lost
  /// in curses' output buffer, and a mode switch does not depend on screen contents.
  private static func send(_ sequence: String) {
    var bytes = Array(sequence.utf8)
    _ = write(STDOUT_FILENO, &bytes, bytes.count)
  }

  /// Reporting the mouse takes plain drag-to-select from the terminal (Shift-drag selects
  /// instead), so `LEVERAGE_MOUSE=0` leaves the mouse to the terminal.
  private static var mouseWanted: Bool {
    guard let value = getenv("LEVERAGE_MOUSE") else { return true }
    return String(cString: value) != "0"
  }

  /// A process started with no locale at all (common over ssh and in service managers)
  /// would show every accent as `?`; terminals today speak UTF-8, so assume it.
  private static func useUTF8WhenLocaleUnset() {
    guard let current = setlocale(LC_CTYPE, nil) else { return }
    let name = String(cString: current)
    if name == "C" || name == "POSIX" { setlocale(LC_CTYPE, "C.UTF-8") }
  }
}
