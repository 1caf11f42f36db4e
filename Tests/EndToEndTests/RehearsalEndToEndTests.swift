import Foundation
import Testing

/// A pushback answered in the real coach, read back by `leverage rehearse --list --json` with
/// its principle, and the others listed without a reply yet.
@Suite(.serialized) struct RehearsalEndToEndTests {
  private struct Entry: Decodable {
    var prompt: String
    var principle: String
    var reply: String?
    var practised: Int
  }

  @Test func aReplyWrittenInTheCoachIsListedWithItsPrinciple() throws {
    let tmux = try TmuxSession()
    try tmux.launchApp()
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("Escape")
    try tmux.waitFor("Course map")
    // Part II's first unit is highlighted after one page; the rehearsal is four rows below.
    try tmux.send("PageDown")
    try tmux.waitFor("▸  6  Clarity makes you assertive")
    for _ in 0..<4 { try tmux.send("Down") }
    try tmux.waitFor("▸ 10  Rehearse their pushbacks")
    try tmux.send("Enter")
    try tmux.waitFor("Principle: Framing")
    try tmux.sendLiteral("Then let us look at what the budget does not fix.")
    try tmux.send("Enter")
    try tmux.waitFor("Our compensation plan is standardized")
    try tmux.send("C-q")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)

    let listed = try tmux.runCommand(["rehearse", "--list", "--json"])
    #expect(listed.status == 0)
    let entries = try JSONDecoder().decode([Entry].self, from: Data(listed.output.utf8))
    #expect(entries.count >= 12)
    #expect(entries.first?.prompt == "rehearsal/budget-fixed")
    #expect(entries.first?.principle == "framing")
    #expect(entries.first?.reply == "Then let us look at what the budget does not fix.")
    #expect(entries.dropFirst().allSatisfy { $0.reply == nil && $0.practised == 0 })

    let text = try tmux.runCommand(["rehearse", "--list"])
    #expect(text.output.contains("I will say: Then let us look at what the budget does not fix."))
    #expect(text.output.contains("No reply yet."))
  }
}
