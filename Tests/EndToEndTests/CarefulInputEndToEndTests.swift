import Foundation
import Testing

/// Issue 26 through the real binary at 80x24: what a careful user types lands where she
/// looks, and nothing deleted comes back.
@Suite(.serialized) struct CarefulInputEndToEndTests {
  /// One editing model: after "List exactly 2 items" the next words start item 2, and a long
  /// item being edited wraps, its start still on screen.
  @Test func theCursorGoesWhereTheMessagePointsAndALongItemWraps() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    let long = "ALPHASTART " + String(repeating: "chronic total occlusions ", count: 5) + "OMEGAEND"
    try tmux.sendLiteral(long)
    let wrapped = try tmux.waitFor("OMEGAEND")
    #expect(wrapped.contains("ALPHASTART"))
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 2 of 4")
    try tmux.sendLiteral("Cut readmissions")
    try tmux.send("Enter")
    try tmux.waitFor("List exactly 2 items (you have 1).")
    try tmux.sendLiteral("SECONDTOKEN")
    try tmux.waitFor("2. SECONDTOKEN")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 3 of 4")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
    let shown = try tmux.runCommand(["journal", "list", "--json"]).output
    #expect(shown.contains("\"SECONDTOKEN\""))
    #expect(!shown.contains("Cut readmissionsSECONDTOKEN"))
  }

  /// The figure that came back: typed, saved as a draft by the timer, cleared with Ctrl-U and
  /// skipped with Enter; the next launch has no draft of it.
  @Test func aSkippedFigureLeavesNoDraftAndMoneyShowsOneDollarSign() throws {
    let tmux = try TmuxSession()
    try openEconomics(tmux)
    try tmux.sendLiteral("500k")
    try tmux.send("Enter")
    try tmux.waitFor("How many wRVUs")
    for _ in 0..<5 { try tmux.send("PageDown") }
    try tmux.waitFor("What hospital revenue")
    try tmux.sendLiteral("3.48m")
    try tmux.waitForDraft("3.48m")
    try tmux.send("C-u")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 8 of 8")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
    let drafts = try Command.run(["sqlite3", tmux.journal, "SELECT count(*) FROM draft"])
    #expect(drafts.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")

    try tmux.launchApp()
    try tmux.waitFor("Prompt 8 of 8")
    for _ in 0..<7 { try tmux.send("PageUp") }
    let salary = try tmux.waitFor("What is your salary")
    #expect(salary.contains("$ 500,000"))
    #expect(!salary.contains("$ $"))
    try tmux.send("C-q")
    _ = try tmux.waitForExit()
  }

  /// "720" as a yearly pay is asked about; y saves $720,000.
  @Test func aYearlyFigureUnderTenThousandIsAskedAbout() throws {
    let tmux = try TmuxSession()
    try openEconomics(tmux)
    try tmux.sendLiteral("720")
    try tmux.send("Enter")
    try tmux.waitFor("Did you mean $720,000?")
    try tmux.send("y")
    try tmux.waitFor("How many wRVUs")
    try tmux.send("C-q")
    _ = try tmux.waitForExit()
    let shown = try tmux.runCommand(["journal", "list", "--json"]).output
    #expect(shown.contains("72000000"))
  }

  /// A second debrief starts empty, the first kept as history; the checklist takes none.
  @Test func meetingsAreSeparateAndTheChecklistAcceptsNone() throws {
    let tmux = try TmuxSession()
    try tmux.openDebrief()
    try tmux.sendLiteral("300k")
    try tmux.send("Enter")
    try tmux.waitFor("What else was on the table")
    try tmux.sendLiteral("FIRSTMEETING terms")
    try tmux.send("Enter")
    try tmux.waitFor("What cues did you see")
    try tmux.send("Escape")
    try tmux.waitFor("Course map")
    try tmux.send("Enter")
    let second = try tmux.waitFor("What did they offer")
    #expect(second.contains("e.g. 250k"))
    try tmux.send("Enter")
    let terms = try tmux.waitFor("What else was on the table")
    // Named as the last meeting's entry, not put in the field, which is empty.
    #expect(terms.contains("Last meeting: “FIRSTMEETING terms”"))
    #expect(terms.contains("Type your answer here."))
    try tmux.send("Escape")
    try tmux.waitFor("Course map")
    try tmux.send("Up")
    try tmux.waitFor("▸  ·  Before the meeting")
    try tmux.send("Enter")
    try tmux.waitFor("Which of these are you ready")
    try tmux.send("Enter")
    try tmux.waitFor("Action items")
    try tmux.send("C-q")
    _ = try tmux.waitForExit()
  }

  /// Esc Esc means "get out": the map stays, and its next key is the map's, not typing.
  @Test func escEscKeepsTheMap() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    try tmux.send("Escape", "Escape")
    try tmux.waitFor("Course map")
    try tmux.send("b")
    try tmux.waitFor("One-page brief")
    try tmux.send("C-q")
    _ = try tmux.waitForExit()
    let drafts = try Command.run(["sqlite3", tmux.journal, "SELECT count(*) FROM draft"])
    #expect(drafts.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }

  /// Tab in a text answer and a digit that is no option each say so in one line.
  @Test func aKeyThatDoesNothingSaysSo() throws {
    let tmux = try TmuxSession()
    try tmux.launchApp()
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("p")
    try tmux.waitFor("Prompt 1 of 18")
    try tmux.sendLiteral("A")
    try tmux.send("Tab")
    try tmux.waitFor("Tab does nothing in a text answer")
    for _ in 0..<12 { try tmux.send("PageDown") }
    try tmux.waitFor("Prompt 13 of 18")
    try tmux.send("3")
    try tmux.waitFor("3 is not an option: pick 1 or 2.")
    try tmux.send("C-q")
    _ = try tmux.waitForExit()
  }

  /// At 80x24 one Alt-↓ reads a screen of the teaching, not a line; at 50x14 the action
  /// items say how many are out of sight.
  @Test func theTeachingReadsAScreenAtATimeAndListsSayWhatIsHidden() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    let before = try hiddenLines(in: tmux.waitFor("more lines: Alt-↓"))
    try tmux.send("M-Down")
    Thread.sleep(forTimeInterval: 0.5)
    let after = try tmux.screen()
    let left = after.contains("▲ top: Alt-↑") ? 0 : try hiddenLines(in: after)
    #expect(before - left >= min(before, 8))
    try tmux.send("C-q")
    _ = try tmux.waitForExit()

    let small = try TmuxSession(width: 50, height: 14)
    try small.launchApp()
    try small.waitFor("Press Enter to begin")
    try small.send("Escape")
    try small.waitFor("Course map")
    try small.send("a")
    for item in 1...6 {
      try small.send("a")
      try small.waitFor("New action item")
      try small.sendLiteral("Step \(item)")
      try small.send("Enter")
      try small.waitFor("Step \(item)")
    }
    // The newest is highlighted at the end: the marker says the rest are above.
    try small.waitFor("▲ top: ↑")
    for _ in 0..<8 { try small.send("Up") }
    try small.waitFor("more lines: ↓")
    try small.send("C-q")
    _ = try small.waitForExit()
  }

  /// The count in "▼ 14 more lines".
  private func hiddenLines(in screen: String) throws -> Int {
    let marker = try #require(screen.range(of: #"▼ (\d+) more"#, options: .regularExpression))
    return Int(screen[marker].dropFirst(2).prefix { $0.isNumber }) ?? 0
  }

  /// Step 3's first prompt, from the map.
  private func openEconomics(_ tmux: TmuxSession) throws {
    try tmux.beginCourse()
    try tmux.send("Escape")
    try tmux.waitFor("Course map")
    try tmux.send("Down", "Down")
    try tmux.send("Enter")
    try tmux.waitFor("What is your salary")
  }
}
