import Foundation
import Testing

/// The profile and action items through the real binary: typed in the coach, read back by
/// `leverage profile` and `leverage next` as a shell start-up file would.
@Suite(.serialized) struct ProfileAndNextEndToEndTests {
  @Test func fillsPartOfTheProfileAddsADatedItemAndSeesItInNext() throws {
    let tmux = try TmuxSession()
    try tmux.launchApp()
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("p")
    try tmux.waitFor("What name do colleagues")
    try tmux.sendLiteral("Dr Ana Ruiz")
    try tmux.send("Enter")
    try tmux.waitFor("What is your specialty")
    try tmux.sendLiteral("Hospital medicine")
    try tmux.send("Enter")
    try tmux.waitFor("sub-specialties")
    try tmux.send("Escape")
    try tmux.waitFor("Course map")
    try tmux.send("a")
    try tmux.waitFor("Meet a mentor")
    try tmux.send("a")
    try tmux.waitFor("New action item")
    try tmux.sendLiteral("Call the recruiter")
    try tmux.send("Enter")
    try tmux.waitFor("Saved.")
    try tmux.send("d")
    try tmux.waitFor("Due date:")
    try tmux.sendLiteral("2026-03-05")
    try tmux.send("Enter")
    try tmux.waitFor("2026-03-05")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)

    let next = try Command.run([
      "/usr/bin/env", "LEVERAGE_NOW=2026-03-01T09:00:00Z", TmuxSession.binary, "next",
      "--journal", tmux.journal,
    ])
    #expect(next.status == 0)
    let lines = next.output.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("2026-03-05  due in 4 days") == true)
    #expect(lines.first?.hasSuffix("Call the recruiter") == true)
    #expect(lines.count == 4)

    let profile = try tmux.runCommand(["profile", "--json"])
    #expect(profile.status == 0)
    let fields = try JSONSerialization.jsonObject(with: Data(profile.output.utf8))
    #expect(
      fields as? [String: String] == ["name": "Dr Ana Ruiz", "specialty": "Hospital medicine"])
  }
}
