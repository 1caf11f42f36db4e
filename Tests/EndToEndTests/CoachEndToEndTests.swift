import Foundation
import Testing

/// The real binary in a real terminal: what a physician would do, checked from outside.
@Suite(.serialized) struct CoachEndToEndTests {
  @Test func answersTwoPromptsQuitsAndResumesAtTheThird() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    try tmux.sendLiteral("Robotic surgery")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 2 of")
    try tmux.sendLiteral("Cut readmissions")
    try tmux.send("Tab")
    try tmux.sendLiteral("New clinic revenue")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 3 of")
    try tmux.send("C-q")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)

    try tmux.launchApp()
    let resumed = try tmux.waitFor("Prompt 3 of")
    #expect(resumed.contains("Know your value"))
    try tmux.send("C-q")
    _ = try tmux.waitForExit()

    let list = try tmux.runCommand(["journal", "list", "--json"])
    #expect(list.status == 0)
    let rows = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]]
    let prompts = rows?.compactMap { $0["promptId"] as? String }
    #expect(prompts == ["skills", "contributions"])
    let items = (rows?.last?["value"] as? [String: Any])?["items"] as? [String]
    #expect(items == ["Cut readmissions", "New clinic revenue"])
  }

  @Test func sigtermSavesTheDraftAndRestoresTheTerminal() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    try tmux.sendLiteral("Half typed")
    try tmux.waitFor("Half typed")
    _ = try Command.run(["pkill", "-TERM", "-f", tmux.journal])
    let exit = try tmux.waitForExit()
    #expect(exit.status == 143)
    #expect(exit.terminalRestored)
    try tmux.launchApp()
    try tmux.waitFor("Half typed")
    try tmux.send("C-q")
    _ = try tmux.waitForExit()
  }

  @Test func refusesToStartWithoutATerminal() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    let result = try Command.run(
      ["/bin/sh", "-c", "'\(TmuxSession.binary)' --journal '\(folder.path)/j.sqlite' 2>&1"])
    #expect(result.status == 1)
    #expect(result.output.split(separator: "\n").count == 1)
    #expect(result.output.contains("terminal"))
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }
}
