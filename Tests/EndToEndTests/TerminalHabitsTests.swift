import Foundation
import Testing

/// The real binary behaving like the other tools a terminal user runs: version, man page,
/// options before the subcommand, reading that never creates, exit codes, the pager and the
/// user's own editor.
@Suite(.serialized) struct TerminalHabitsTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-habits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// The command through the shell, standard error folded into the output.
  func shell(_ command: String) throws -> Command.Result {
    try Command.run(["/bin/sh", "-c", command + " 2>&1"])
  }

  var binary: String { "'\(TmuxSession.binary)'" }

  /// A journal with one saved answer, made by the binary itself.
  func journalWithAnAnswer() throws -> String {
    let tmux = try TmuxSession(journalAt: folder.appendingPathComponent("j.sqlite").path)
    try tmux.launchApp()
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("p")
    try tmux.waitFor("What name do colleagues")
    try tmux.sendLiteral("Dr Ana Ruiz")
    try tmux.send("Enter")
    try tmux.waitFor("What is your specialty")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
    return tmux.journal
  }

  @Test func versionIsOneLineAndTheHelpSaysItToo() throws {
    let version = try shell("\(binary) --version")
    #expect(version.status == 0)
    #expect(version.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    let help = try shell("\(binary) --help")
    #expect(help.output.contains("Leverage \(version.output.dropLast())."))
    #expect(help.output.contains("Examples:"))
    #expect(try shell("\(binary) journal list --help").output.contains("Examples:"))
  }

  @Test func theManPageRenders() throws {
    let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../.build/man/leverage.1").standardized.path
    #expect(FileManager.default.fileExists(atPath: page), "run make man (make test does)")
    let man = try shell("MANWIDTH=80 man -l '\(page)'")
    #expect(man.status == 0)
    #expect(man.output.contains("leverage — Prepare for contract talks"))
    #expect(man.output.contains("journal search"))
    // Every variable the app reads, its files and its exit codes, and no warning from man.
    for section in ["ENVIRONMENT", "FILES", "EXIT STATUS", "LEVERAGE_NOW", "XDG_STATE_HOME"] {
      #expect(man.output.contains(section), "\(section)")
    }
    #expect(!man.output.contains("warning"))
  }

  @Test func theJournalOptionWorksBeforeTheSubcommand() throws {
    let journal = try journalWithAnAnswer()
    let before = try shell("\(binary) --journal '\(journal)' journal list")
    let after = try shell("\(binary) journal list --journal '\(journal)'")
    #expect(before.status == 0)
    #expect(before.output == after.output)
    #expect(before.output.contains("Dr Ana Ruiz"))
  }

  @Test func readingAJournalThatIsNotThereCreatesNothing() throws {
    let missing = folder.appendingPathComponent("none/journal.sqlite").path
    let next = try shell("\(binary) next --journal '\(missing)'")
    #expect(next.status == 0 && next.output.isEmpty)
    for command in [
      "journal list", "journal search mentor", "profile", "offers", "export", "brief",
    ] {
      let result = try shell("\(binary) \(command) --journal '\(missing)'")
      #expect(result.status == 1, "\(command)")
      #expect(
        result.output == "leverage: No journal yet at \(missing): run leverage to start one.\n",
        "\(command)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none").path))
  }

  @Test func anEmptyListingPrintsNothing() throws {
    let journal = try journalWithAnAnswer()
    let listing = try shell("\(binary) journal list --unit economics --journal '\(journal)'")
    #expect(listing.status == 0 && listing.output.isEmpty)
  }

  @Test func aBadDateIsAUsageErrorAndLeverageNowIsCheckedAndTakesMilliseconds() throws {
    let journal = try journalWithAnAnswer()
    let since = try shell("\(binary) journal list --since 2026-13-01 --journal '\(journal)'")
    #expect(since.status == 2)
    #expect(since.output.contains("--since takes a day like 2026-03-01 (found 2026-13-01)."))
    let bad = try shell("LEVERAGE_NOW=yesterday \(binary) next --journal '\(journal)'")
    #expect(bad.status == 2)
    #expect(bad.output.hasPrefix("leverage: LEVERAGE_NOW must be a time like"))
    let precise = try shell(
      "LEVERAGE_NOW=2026-03-01T09:30:00.250Z \(binary) next --journal '\(journal)'")
    #expect(precise.status == 0)
    #expect(precise.output.contains("Meet a mentor"))
  }

  @Test func thePagerIsUsedOnATerminalAndNeverInAPipe() throws {
    let journal = try journalWithAnAnswer()
    // The pager prints pager-42, which the command line typed into tmux does not hold.
    let pager = "PAGER='cat; echo pager-$((6*7))'"
    let piped = try shell("\(pager) \(binary) journal list --journal '\(journal)'")
    #expect(piped.output.contains("Dr Ana Ruiz") && !piped.output.contains("pager-42"))
    let json = try shell("\(pager) \(binary) journal list --json --journal '\(journal)'")
    #expect(!json.output.contains("pager-42"))
    let tmux = try TmuxSession(journalAt: journal)
    try tmux.launchApp(arguments: "journal list", environment: pager)
    let screen = try tmux.waitFor("pager-42")
    #expect(screen.contains("Dr Ana Ruiz"))
    // A pager that is not installed costs nothing: the listing is printed instead.
    let missing = try TmuxSession(journalAt: journal)
    try missing.launchApp(arguments: "journal list", environment: "PAGER=no-such-pager-here")
    #expect(try missing.waitFor("profile/name").contains("Dr Ana Ruiz"))
  }

  func editorScript(_ name: String, _ body: String) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o755)
    return path
  }

  @Test func theUsersEditorWritesTheDraftAndAFailingOneChangesNothing() throws {
    // The file ends with a newline, so an editor that appends starts a line of its own.
    let appends = try editorScript("append.sh", #"printf 'from my editor\n' >> "$1""#)
    let fails = try editorScript("fail.sh", "exit 1")
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let tmux = try TmuxSession(width: 80, height: 24)
    try tmux.launchApp(environment: "TMPDIR='\(temporary.path)' EDITOR='\(fails)'")
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("p")
    try tmux.waitFor("What name do colleagues")
    try tmux.sendLiteral("Dr Ana")
    try tmux.send("C-x", "C-e")
    try tmux.waitFor("Your editor exited with status 1; the answer is as it was.")
    #expect(try tmux.screen().contains("Dr Ana"))
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)

    try tmux.launchApp(environment: "TMPDIR='\(temporary.path)' VISUAL='\(appends)'")
    try tmux.waitFor("What name do colleagues")
    try tmux.send("C-x", "C-e")
    let screen = try tmux.waitFor("Back from your editor: press Enter to save.")
    #expect(screen.contains("from my editor"))
    try tmux.send("Enter")
    try tmux.waitFor("What is your specialty")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
    let profile = try tmux.runCommand(["profile", "--json"])
    let fields = try JSONSerialization.jsonObject(with: Data(profile.output.utf8))
    #expect((fields as? [String: String])?["name"] == "Dr Ana\nfrom my editor")
    // The temporary file held the answer: it is gone.
    #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
  }
}
