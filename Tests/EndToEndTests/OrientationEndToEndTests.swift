import Foundation
import Testing

/// Where am I, through the real binary: an optional prompt moved past empty stays done after
/// a restart, and the archive carries it; a unit reopens at its draft, which says so.
@Suite(.serialized) struct OrientationEndToEndTests {
  @Test func aPromptMovedPastStaysDoneAcrossARestartAndTheUnitReopensAtItsDraft() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    try tmux.sendLiteral("Robotic surgery")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 2 of 4")
    try tmux.sendLiteral("Fewer readmissions")
    try tmux.send("Tab")
    try tmux.sendLiteral("Referrals")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 3 of 4 · optional")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 4 of 4 · optional")
    try tmux.sendLiteral("12")
    try tmux.send("Escape")
    try tmux.waitFor("3/60 done")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)

    try tmux.launchApp()
    let map = try tmux.waitFor("3/60 done")
    #expect(map.contains("draft  ████░░ 3/4"))
    try tmux.send("Enter")
    let prompt = try tmux.waitFor("Prompt 4 of 4 · optional · draft")
    #expect(prompt.contains("3/60"))
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)

    let archive = try tmux.runCommand(["export", "--format", "json"])
    #expect(archive.status == 0)
    #expect(archive.output.contains("\"promptId\" : \"dollar-figure\""))
  }
}
