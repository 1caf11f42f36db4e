import Testing

@testable import TerminalUI

@Suite struct MemoryTerminalTests {
  @Test func playsTheScriptInOrderThenRunsDry() {
    let terminal = MemoryTerminal(
      size: Size(width: 80, height: 24),
      events: [.key(.character("a")), .key(.enter), .signal(.terminate)])
    #expect(terminal.nextEvent(timeoutMilliseconds: 10) == .key(.character("a")))
    #expect(terminal.nextEvent(timeoutMilliseconds: 10) == .key(.enter))
    #expect(terminal.nextEvent(timeoutMilliseconds: 10) == .signal(.terminate))
    #expect(terminal.nextEvent(timeoutMilliseconds: 10) == nil)
  }

  @Test func resizeChangesTheSizeWhenDelivered() {
    let terminal = MemoryTerminal(
      size: Size(width: 80, height: 24), events: [.resize(Size(width: 40, height: 10))])
    #expect(terminal.size == Size(width: 80, height: 24))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 40, height: 10)))
    #expect(terminal.size == Size(width: 40, height: 10))
  }

  @Test func drawKeepsTheScreenAndCountsChanges() {
    let terminal = MemoryTerminal(size: Size(width: 10, height: 3))
    var screen = Screen(size: terminal.size)
    terminal.draw(screen)
    #expect(terminal.lastChangeCount == 3)
    screen.put("x", at: Point(x: 4, y: 1))
    terminal.draw(screen)
    #expect(terminal.drawCount == 2)
    #expect(terminal.lastChangeCount == 1)
    #expect(terminal.lastScreen?.rowText(1) == "    x     ")
  }

  @Test func suspendIsCountedAndReportsResumedOnce() {
    let terminal = MemoryTerminal(size: Size(width: 10, height: 3), events: [.key(.tab)])
    terminal.suspend()
    #expect(terminal.suspendCount == 1)
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resumed)
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.tab))
  }
}

@Suite struct ProgressBarTests {
  @Test func fillsInProportion() {
    #expect(ProgressBar.render(done: 3, total: 6, width: 10) == "█████░░░░░")
    #expect(ProgressBar.render(done: 6, total: 6, width: 4) == "████")
    #expect(ProgressBar.render(done: 0, total: 6, width: 4) == "░░░░")
  }

  @Test func firstAndLastStepsAreVisible() {
    #expect(ProgressBar.render(done: 1, total: 100, width: 5) == "█░░░░")
    #expect(ProgressBar.render(done: 99, total: 100, width: 5) == "████░")
  }

  @Test func oddInputsStayInTheBar() {
    #expect(ProgressBar.render(done: 9, total: 3, width: 3) == "███")
    #expect(ProgressBar.render(done: -1, total: 3, width: 3) == "░░░")
    #expect(ProgressBar.render(done: 1, total: 0, width: 2) == "░░")
    #expect(ProgressBar.render(done: 1, total: 2, width: 0) == "")
  }
}
