import Foundation
import LeverageCore
import Testing

/// The real pager and editor, run from an interactive bash with job control as a user runs
/// them. A script standing in for `less` and `vim` once passed while the real ones were
/// stopped by the terminal at once and the listing hung on a blank screen.
@Suite(.serialized) struct RealProgramsTests {
  /// No rc files, and none of the runner's own pager or editor: the defaults are tested.
  static let shell = "env -u PAGER -u EDITOR -u VISUAL bash --norc --noprofile -i"

  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-real-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// A journal of 60 answers, numbered, so `journal list` is longer than a screen.
  func longJournal() throws -> String {
    let journal = folder.appendingPathComponent("long.sqlite").path
    let answers: [[String: Any]] = (1...60).map { index in
      [
        "unitId": "options", "promptId": "alternative", "kind": "text", "revision": index,
        "createdAt": ArchiveTimestamp.string(fromSeconds: 1_790_000_000 + Double(index)),
        "value": ["type": "text", "text": "Answer number \(index)"],
      ]
    }
    let archive = folder.appendingPathComponent("long.json")
    try JSONSerialization.data(
      withJSONObject: ["schemaVersion": 1, "sessions": [], "answers": answers]
    ).write(to: archive)
    let imported = try Command.run([
      TmuxSession.binary, "import", archive.path, "--journal", journal,
    ])
    #expect(imported.status == 0)
    return journal
  }

  func session(journal: String? = nil) throws -> TmuxSession {
    try TmuxSession(shell: Self.shell, journalAt: journal)
  }

  @Test(arguments: ["", "PAGER='less -R'", "PAGER=more"])
  func thePagerShowsALongListingPagesAndQuitsWithQ(pager: String) throws {
    let tmux = try session(journal: try longJournal())
    try tmux.launchApp(arguments: "journal list --all-revisions", environment: pager)
    // The newest answer is the listing's last line: on screen only after paging.
    let first = try tmux.waitFor("Answer number 1\n")
    #expect(!first.contains("Answer number 60"))
    try tmux.send("Space")
    try tmux.waitFor("Answer number 40")
    try tmux.send("Space")
    if !(try tmux.screen().contains("Answer number 60")) { try tmux.send("Space") }
    try tmux.waitFor("Answer number 60")
    try tmux.send("q")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)
  }

  @Test func aFailingPagerStillPrintsTheListingAndSaysWhy() throws {
    let tmux = try session(journal: try longJournal())
    try tmux.launchApp(arguments: "journal list --limit 3", environment: "PAGER=false")
    let screen = try tmux.waitFor("The pager (false) exited with status 1; printed without it.")
    #expect(screen.contains("Answer number 60"))
    #expect(try tmux.waitForExit().status == 0)
  }

  /// Opens the coach on the profile's first question with "Dr Ana" typed, then the editor.
  func openEditor(_ tmux: TmuxSession, environment: String) throws {
    try tmux.launchApp(environment: environment)
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("p")
    try tmux.waitFor("What name do colleagues")
    try tmux.sendLiteral("Dr Ana")
    try tmux.send("C-x", "C-e")
  }

  func savedName(_ tmux: TmuxSession) throws -> String? {
    let profile = try tmux.runCommand(["profile", "--json"])
    let fields = try JSONSerialization.jsonObject(with: Data(profile.output.utf8))
    return (fields as? [String: String])?["name"]
  }

  /// Saves the answer the editor gave back, quits with Ctrl-Q (which only a terminal back
  /// in raw mode hands to the coach) and checks the terminal was restored.
  func saveAndQuit(_ tmux: TmuxSession) throws {
    try tmux.waitFor("Back from your editor: press Enter to save.")
    try tmux.send("Enter")
    try tmux.waitFor("What is your specialty")
    try tmux.send("C-q")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)
  }

  @Test(arguments: ["EDITOR='vim -u NONE'", "VISUAL=vi EDITOR=false"])
  func vimEditsTheAnswerAndWritesItBack(editor: String) throws {
    let tmux = try session()
    try openEditor(tmux, environment: editor)
    try tmux.waitFor("leverage-answer-")
    try tmux.sendLiteral("A Ruiz")
    try tmux.send("Escape")
    try tmux.sendLiteral(":wq")
    try tmux.send("Enter")
    try saveAndQuit(tmux)
    #expect(try savedName(tmux) == "Dr Ana Ruiz")
  }

  @Test func nanoEditsTheAnswerAndWritesItBack() throws {
    let tmux = try session()
    try openEditor(tmux, environment: "EDITOR=nano")
    try tmux.waitFor("GNU nano")
    try tmux.send("End")
    try tmux.sendLiteral(" Ruiz")
    try tmux.send("C-o")
    try tmux.waitFor("File Name to Write")
    try tmux.send("Enter")
    try tmux.send("C-x")
    try saveAndQuit(tmux)
    #expect(try savedName(tmux) == "Dr Ana Ruiz")
  }

  @Test func ctrlZInVimStopsTheJobAndFgBringsBothBack() throws {
    let tmux = try session()
    try openEditor(tmux, environment: "EDITOR='vim -u NONE'")
    try tmux.waitFor("leverage-answer-")
    try tmux.send("C-z")
    try tmux.waitFor("Stopped")
    // bash goes on with the launch line's status and stty once the job stops, so the
    // coach's own end is read from `fg`'s status.
    try tmux.sendLiteral("fg")
    try tmux.send("Enter")
    // vim redraws on Ctrl-L; its text is typed only once it has the terminal again.
    try tmux.send("C-l")
    try tmux.waitFor("Dr Ana\n~")
    try tmux.sendLiteral("A Ruiz")
    try tmux.send("Escape")
    try tmux.sendLiteral(":wq")
    try tmux.send("Enter")
    try tmux.waitFor("Back from your editor: press Enter to save.")
    try tmux.send("Enter")
    try tmux.waitFor("What is your specialty")
    // Ctrl-Q reaches the coach only with the terminal back in raw mode.
    try tmux.send("C-q")
    try tmux.sendLiteral("echo fg-status=$?")
    try tmux.send("Enter")
    try tmux.waitFor("fg-status=0")
    #expect(try savedName(tmux) == "Dr Ana Ruiz")
  }

  @Test func aStopSignalWhileVimIsOpenSavesTheDraftAndExits() throws {
    let tmux = try session()
    try openEditor(tmux, environment: "EDITOR='vim -u NONE'")
    try tmux.waitFor("leverage-answer-")
    let coach = try Command.run(["pgrep", "-f", "--", "leverage --journal \(tmux.journal)"])
    let pid = coach.output.split(separator: "\n").first.map(String.init) ?? ""
    #expect(try Command.run(["kill", "-TERM", pid]).status == 0)
    #expect(try tmux.waitForExit().status == 143)
    try tmux.waitForDraft("Dr Ana")
  }

  /// An editor that returns at once and writes later (an editor server, `code` without
  /// `--wait`): the coach says so, and the next Ctrl-X Ctrl-E takes what it saved.
  @Test func aDetachedEditorIsReadBackOnTheNextCtrlXCtrlE() throws {
    let script = folder.appendingPathComponent("detached.sh")
    try Data(
      "#!/bin/sh\n( sleep 1; printf 'Dr Ana Ruiz\\n' > \"$1\"; touch \"$1.done\" ) &\n".utf8
    ).write(to: script)
    chmod(script.path, 0o755)
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let tmux = try session()
    try openEditor(tmux, environment: "TMPDIR='\(temporary.path)' EDITOR='\(script.path)'")
    try tmux.waitFor("Your editor returned with no change. If it is still open, save there")
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline,
      !(try FileManager.default.contentsOfDirectory(atPath: temporary.path))
        .contains(where: { $0.hasSuffix(".done") })
    {
      Thread.sleep(forTimeInterval: 0.05)
    }
    try tmux.send("C-x", "C-e")
    try saveAndQuit(tmux)
    #expect(try savedName(tmux) == "Dr Ana Ruiz")
    let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
    #expect(left.allSatisfy { $0.hasSuffix(".done") }, "the lent file is removed: \(left)")
  }
}
