import Foundation
import Testing

/// Two offers typed into the real binary's table, compared on screen and read back from the
/// journal by `leverage offers`.
@Suite(.serialized) struct OffersEndToEndTests {
  @Test func recordsTwoOffersAndComparesThem() throws {
    let tmux = try TmuxSession()
    try tmux.launchApp()
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("Escape")
    try tmux.waitFor("Course map")
    try tmux.send("o")
    try tmux.waitFor("No offers yet")
    try addOffer("Current job", figures: ["280k"], in: tmux)
    try addOffer("Northside", figures: ["300k", "30k", "2", "~5200", "55", "4000"], in: tmux)
    let screen = try tmux.waitFor("~$376,000*")
    #expect(screen.contains("Salary                $280,000      $300,000*"))
    #expect(screen.contains("wRVU threshold               —   4,000 wRVUs"))
    #expect(screen.contains("Production pay/yr            —      ~$66,000"))
    #expect(screen.contains("Bonus per year               —       $10,000"))
    try tmux.send("-")
    try tmux.waitFor("totals over 2 years")
    try tmux.send("C-q")
    let exit = try tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)

    let table = try tmux.runCommand(["offers"])
    #expect(table.status == 0)
    #expect(table.output.contains("Total/yr, 3 years  $280,000       ~$376,000*"))
  }

  private func addOffer(_ name: String, figures: [String], in tmux: TmuxSession) throws {
    try tmux.send("a")
    try tmux.waitFor("Name of the offer")
    try tmux.sendLiteral(name)
    try tmux.send("Enter")
    try tmux.waitFor("Type its salary")
    for figure in figures {
      try tmux.sendLiteral(figure)
      try tmux.send("Enter")
      try tmux.waitFor("Saved.")
    }
  }
}
