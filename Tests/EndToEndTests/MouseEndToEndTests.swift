import Foundation
import Testing

/// The mouse in a real terminal: the app turns mouse reports on, a click focuses what it hits,
/// the wheel scrolls the teaching, and quitting (or `LEVERAGE_MOUSE=0`) leaves the mouse to
/// the terminal.
@Suite(.serialized) struct MouseEndToEndTests {
  /// Column and row (from 0) where `text` starts on the screen.
  func place(of text: String, in screen: String) -> (x: Int, y: Int)? {
    for (y, line) in screen.components(separatedBy: "\n").enumerated() {
      if let range = line.range(of: text) {
        return (line.distance(from: line.startIndex, to: range.lowerBound), y)
      }
    }
    return nil
  }

  /// The teaching's "▼ 7 more lines" marker, as a number.
  func linesBelow(in screen: String) -> Int? {
    guard let line = screen.components(separatedBy: "\n").first(where: { $0.contains("▼") })
    else { return nil }
    return line.split(separator: " ").compactMap { Int($0) }.first
  }

  /// Waits until the teaching's marker says a number of lines below that `holds`.
  func waitForLinesBelow(_ tmux: TmuxSession, _ holds: (Int) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(10)
    var screen = try tmux.screen()
    while Date() < deadline {
      if let below = linesBelow(in: screen), holds(below) { return screen }
      Thread.sleep(forTimeInterval: 0.05)
      screen = try tmux.screen()
    }
    throw E2EError.timeout("waiting for the teaching to scroll; the screen shows:\n\(screen)")
  }

  @Test func aClickFocusesAListItemAndTheWheelScrollsTheTeaching() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    #expect(try tmux.reportsMouse())
    try tmux.sendLiteral("Alpha")
    try tmux.send("Tab")
    try tmux.sendLiteral("Beta")
    let typed = try tmux.waitFor("2. Beta")
    let first = try #require(place(of: "1. Alpha", in: typed))
    try tmux.click(x: first.x + 3, y: first.y)
    try tmux.sendLiteral("Z")
    let clicked = try tmux.waitFor("AlphaZ")
    #expect(!clicked.contains("BetaZ"))

    let below = try #require(linesBelow(in: clicked))
    try tmux.wheel(down: true)
    // A notch moves 3 lines, and scrolled teaching takes the prompt's rows as well (it
    // reads a screen at a time), so fewer than `below - 3` lines are left below.
    let scrolled = try waitForLinesBelow(tmux) { $0 <= below - 3 }
    let before = Set(clicked.components(separatedBy: "\n"))
    let shownNow = scrolled.components(separatedBy: "\n").filter {
      !before.contains($0) && !$0.contains("▼")
    }
    #expect(!shownNow.isEmpty, "later teaching lines show after a notch of the wheel")
    try tmux.wheel(down: false)
    try tmux.waitFor("▼ \(below) more line")

    try tmux.send("Enter")
    try tmux.waitFor("Prompt 2 of")
    try tmux.send("C-q")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)
    #expect(try !tmux.reportsMouse())
    let list = try tmux.runCommand(["journal", "list", "--json"])
    let rows = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]]
    let items = (rows?.first?["value"] as? [String: Any])?["items"] as? [String]
    #expect(items == ["AlphaZ", "Beta"])
  }

  @Test func leverageMouseZeroLeavesTheMouseToTheTerminal() throws {
    let tmux = try TmuxSession()
    try tmux.launchApp(environment: "LEVERAGE_MOUSE=0")
    try tmux.waitFor("Press Enter to begin")
    #expect(try !tmux.reportsMouse())
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
  }
}
