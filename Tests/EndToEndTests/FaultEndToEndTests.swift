import Foundation
import Testing

/// Signals, bad environments and hostile text against the real binary in a real terminal.
@Suite(.serialized) struct FaultEndToEndTests {
  private func startTyping(_ tmux: TmuxSession, _ text: String) throws {
    try tmux.beginCourse()
    try tmux.sendLiteral(text)
    try tmux.waitFor(text)
  }

  @Test(arguments: [("HUP", Int32(129)), ("INT", 130), ("TERM", 143)])
  func aSignalSavesTheDraftAndRestoresTheTerminal(signal: String, status: Int32) throws {
    let tmux = try TmuxSession()
    try startTyping(tmux, "Typed before SIG\(signal)")
    _ = try Command.run(["pkill", "-\(signal)", "-f", tmux.journal])
    let exit = try tmux.waitForExit()
    #expect(exit.status == status)
    #expect(exit.terminalRestored)
    try tmux.launchApp()
    try tmux.waitFor("Typed before SIG\(signal)")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
  }

  /// Issue 13: `kill -QUIT` printed a report over the raw screen and carried on.
  @Test func quitRestoresTheTerminalBeforeAnythingPrintsAndExits() throws {
    let tmux = try TmuxSession()
    try startTyping(tmux, "Typed before SIGQUIT")
    _ = try Command.run(["pkill", "-QUIT", "-f", tmux.journal])
    let exit = try tmux.waitForExit()
    #expect(exit.status == 131)
    #expect(exit.terminalRestored)
    let screen = try tmux.screen()
    #expect(!screen.contains("Crashed") && !screen.contains("Thread 0"))
    #expect(try Command.run(["pgrep", "-f", tmux.journal]).status == 1)
    try tmux.launchApp()
    try tmux.waitFor("Typed before SIGQUIT")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
  }

  /// Issue 13: after `kill -SEGV` or `kill -ABRT` the terminal came back but the coach kept
  /// running, deaf to Ctrl-Q. Every crash signal now ends it by that signal, the terminal
  /// restored, and the draft the timer saved a moment before is there on the next start.
  @Test(arguments: [("SEGV", Int32(139)), ("ABRT", 134), ("BUS", 135), ("ILL", 132), ("FPE", 136)])
  func aCrashSignalLeavesNoZombieCoach(signal: String, status: Int32) throws {
    let tmux = try TmuxSession()
    try startTyping(tmux, "Typed before SIG\(signal)")
    // No handler may save on a crash: the draft timer must have saved it already.
    try tmux.waitForDraft("Typed before SIG\(signal)")
    _ = try Command.run(["pkill", "-\(signal)", "-f", tmux.journal])
    let exit = try tmux.waitForExit()
    #expect(exit.status == status)
    #expect(exit.terminalRestored)
    #expect(try Command.run(["pgrep", "-f", tmux.journal]).status == 1)
    try tmux.launchApp()
    try tmux.waitFor("Typed before SIG\(signal)")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
  }

  @Test func ctrlCQuitsLikeAnInterruptKeepingTheDraft() throws {
    let tmux = try TmuxSession()
    try startTyping(tmux, "Interrupted")
    try tmux.send("C-c")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 130)
    #expect(exit.terminalRestored)
  }

  @Test(arguments: ["TERM=dumb", "TERM=", "TERM=no-such-terminal"])
  func aTerminalThatCannotDrawGetsOneLine(environment: String) throws {
    let tmux = try TmuxSession()
    try tmux.launchApp(environment: environment)
    let exit = try tmux.waitForExit()
    #expect(exit.status == 1)
    let screen = try tmux.screen()
    #expect(screen.contains("leverage: "))
    #expect(!FileManager.default.fileExists(atPath: tmux.journal))
  }

  @Test func aCLocaleStillShowsAccentsAndNoColorStillWorks() throws {
    let tmux = try TmuxSession()
    try tmux.launchApp(environment: "LANG=C LC_ALL=C NO_COLOR=1")
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("Enter")
    try tmux.sendLiteral("Café 日本")
    try tmux.waitFor("Café 日本")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
  }

  @Test func aTinyWindowAsksForRoomAndRecovers() throws {
    let tmux = try TmuxSession(width: 20, height: 5)
    try tmux.launchApp()
    try tmux.waitFor("larger")
    try tmux.resize(width: 80, height: 24)
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
  }

  @Test func hostileTextIsShownInertAndListedWithoutEscapes() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    // A bracketed paste carrying a colour change, a title change and an OSC 52 clipboard write.
    let hostile = "A\u{1B}[31mred\u{1B}]0;pwned\u{07}B\u{1B}]52;c;aGk=\u{07}C \u{202E}evil"
    try tmux.paste(hostile)
    try tmux.waitFor("red")
    try tmux.send("Enter")
    try tmux.waitFor("Saved.")
    try tmux.send("C-q")
    _ = try tmux.waitForExit()
    let list = try tmux.runCommand(["journal", "list"])
    #expect(list.status == 0)
    #expect(!list.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(!list.output.unicodeScalars.contains { $0.value == 0x202E })
    #expect(list.output.contains("red"))
  }

  @Test func twoWindowsOnOneJournalBothSave() throws {
    let first = try TmuxSession()
    let second = try TmuxSession(journalOf: first)
    try first.launchApp()
    try second.launchApp()
    try first.waitFor("Press Enter to begin")
    try second.waitFor("Press Enter to begin")
    for (tmux, text) in [(first, "From window one"), (second, "From window two")] {
      try tmux.send("Enter")
      try tmux.waitFor("Prompt 1 of")
      try tmux.sendLiteral(text)
      try tmux.send("Enter")
      try tmux.waitFor("Saved.")
      try tmux.send("C-q")
      #expect(try tmux.waitForExit().status == 0)
    }
    let list = try first.runCommand(["journal", "list", "--all-revisions"])
    #expect(list.output.contains("From window one") && list.output.contains("From window two"))
  }
}

/// Ctrl-Z hands the terminal back to the shell; `fg` brings the app back, redrawn.
@Suite(.serialized) struct SuspendEndToEndTests {
  /// Started with SIGTSTP blocked, as some parents (test runners among them) start it: the
  /// app must still stop.
  static let blockingSuspend =
    "python3 -c 'import os, signal, sys; signal.pthread_sigmask(signal.SIG_BLOCK, "
    + "[signal.SIGTSTP]); os.execvp(sys.argv[1], sys.argv[1:])'"

  @Test func suspendAndResumeRedrawsTheScreen() throws {
    let tmux = try TmuxSession(shell: "bash --norc --noprofile")
    try tmux.launchApp(wrapper: Self.blockingSuspend)
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 1 of")
    try tmux.sendLiteral("Before the break")
    try tmux.waitFor("Before the break")
    try tmux.send("C-z")
    try tmux.waitFor("Stopped")
    try tmux.sendLiteral("fg")
    try tmux.send("C-j")
    let screen = try tmux.waitFor("Before the break")
    #expect(screen.contains("Prompt 1 of"))
    try tmux.send("C-q")
    // bash ran the rest of the command line when the job stopped, so the status file is of
    // no use here: wait for the process itself to go.
    let deadline = Date().addingTimeInterval(10)
    while try Command.run(["pgrep", "-f", tmux.journal]).status == 0, Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(try Command.run(["pgrep", "-f", tmux.journal]).status == 1)
  }
}
