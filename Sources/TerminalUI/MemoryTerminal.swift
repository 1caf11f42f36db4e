/// A `Terminal` that keeps the screen in memory and plays a script of events, for tests of
/// the run loop. Like a real terminal, it reports `.resumed` once after a `suspend()`.
public final class MemoryTerminal: Terminal {
  public private(set) var size: Size
  /// The last screen drawn, as the user would see it.
  public private(set) var lastScreen: Screen?
  public private(set) var drawCount = 0
  /// How many runs of cells the last `draw` had to write (see `ScreenDiff`).
  public private(set) var lastChangeCount = 0
  public private(set) var suspendCount = 0
  private let script: [InputEvent]
  private var nextIndex = 0
  private var resumePending = false

  public init(size: Size, events: [InputEvent] = []) {
    self.size = size
    self.script = events
  }

  public func draw(_ screen: Screen) {
    lastChangeCount = ScreenDiff.changes(from: lastScreen, to: screen).count
    lastScreen = screen
    drawCount += 1
  }

  /// The next scripted event at once, or `nil` when the script is exhausted.
  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    if resumePending {
      resumePending = false
      return .resumed
    }
    guard nextIndex < script.count else { return nil }
    let event = script[nextIndex]
    nextIndex += 1
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  public func suspend() {
    suspendCount += 1
    resumePending = true
  }

  public private(set) var outsideCount = 0

  public func runOutside(_ body: () -> Void) {
    outsideCount += 1
    body()
  }
}
