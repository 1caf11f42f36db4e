import Foundation
import LeverageJournal
import Testing

/// A restore through the real binary meets a coach however either named the journal, and
/// says in its own words what is wrong with a file that is not a backup (issue #24).
@Suite(.serialized) struct RestoreSafetyEndToEndTests {
  static let now = ["LEVERAGE_NOW": "2026-12-03T12:00:00Z"]

  private func journalWithABackup(_ tmux: TmuxSession) throws -> String {
    let archive = tmux.folder.appendingPathComponent("one.json").path
    try #"""
    {"schemaVersion":1,"sessions":[],"answers":[{"createdAt":"2025-01-01T09:00:00.000Z",
    "kind":"text","promptId":"alternative","revision":1,"unitId":"options",
    "value":{"text":"A locum offer","type":"text"}}]}
    """#.write(toFile: archive, atomically: true, encoding: .utf8)
    #expect(try tmux.runCommand(["import", archive], environment: Self.now).status == 0)
    let made = try tmux.runCommand(["backup"], environment: Self.now)
    #expect(made.status == 0)
    return made.output.trimmingCharacters(in: .newlines)
  }

  @Test(arguments: ["symlink", "hard link"])
  func aRestoreByTheRealPathIsRefusedWhileACoachHasTheJournalByAnotherName(
    link: String
  ) throws {
    let owner = try TmuxSession()
    let backup = try journalWithABackup(owner)
    let other = owner.folder.appendingPathComponent("other.sqlite").path
    if link == "symlink" {
      try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: owner.journal)
    } else {
      try FileManager.default.linkItem(atPath: owner.journal, toPath: other)
    }
    let coach = try TmuxSession(journalAt: other)
    try coach.launchApp()
    try coach.waitFor("Prompt 1 of")
    let refused = try owner.runCommand(["restore", backup], environment: Self.now)
    #expect(refused.status == 1)
    try coach.send("C-q")
    #expect(try coach.waitForExit().status == 0)
    #expect(try owner.runCommand(["restore", backup], environment: Self.now).status == 0)
  }

  @Test func restoreNamesTheFileArgumentAndTheCoachsQuitKey() throws {
    let tmux = try TmuxSession()
    let backup = try journalWithABackup(tmux)
    let folder = try tmux.runCommand(["restore", tmux.folder.path], environment: Self.now)
    #expect(folder.status == 1)
    let coach = try TmuxSession(journalOf: tmux)
    try coach.launchApp()
    try coach.waitFor("Prompt 1 of")
    // The message goes to standard error, which `Command` drops: the shell keeps it.
    let script = "'\(TmuxSession.binary)' restore '\(backup)' --journal '\(tmux.journal)' 2>&1"
    let busy = try Command.run(
      ["/bin/sh", "-c", script],
      environment: tmux.sessionEnvironment.merging(Self.now) { _, given in given })
    #expect(busy.output.contains("quit it (Ctrl-Q), then restore."))
    let folderScript =
      "'\(TmuxSession.binary)' restore '\(tmux.folder.path)' --journal '\(tmux.journal)' 2>&1"
    let folderMessage = try Command.run(
      ["/bin/sh", "-c", folderScript], environment: tmux.sessionEnvironment)
    #expect(folderMessage.output.contains("is a folder, not a backup"))
    #expect(!folderMessage.output.contains("--journal"))
    try coach.send("C-q")
    #expect(try coach.waitForExit().status == 0)
  }
}
