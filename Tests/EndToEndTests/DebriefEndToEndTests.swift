import Foundation
import Testing

/// A debrief through the real binary: the offer lands on the ladder panel, the next step
/// becomes an action item that `leverage next` prints.
@Suite(.serialized) struct DebriefEndToEndTests {
  @Test func aDebriefPlacesTheOfferAndAddsTheNextStep() throws {
    let tmux = try TmuxSession()
    try tmux.openDebrief()
    try tmux.sendLiteral("300k")
    try tmux.waitFor("Their offer $300,000")
    try tmux.send("Enter")
    try tmux.waitFor("What else was on the table")
    try tmux.send("Enter")
    try tmux.waitFor("What cues did you see")
    try tmux.sendLiteral("They asked when I could start.")
    try tmux.send("Enter")
    try tmux.waitFor("What happens next")
    try tmux.sendLiteral("Send the counter-offer")
    try tmux.send("Enter")
    let items = try tmux.waitFor("Debrief saved")
    #expect(items.contains("Send the counter-offer"))
    try tmux.send("C-q")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)

    let next = try tmux.runCommand(["next"])
    #expect(next.output.contains("Send the counter-offer"))
  }
}
