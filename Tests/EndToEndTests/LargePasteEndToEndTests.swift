import Foundation
import Testing

/// A megabyte pasted into a text answer of the real binary, Ctrl-Q right behind it: the app
/// quits at once and keeps the whole paste as the draft, byte for byte.
@Suite(.serialized) struct LargePasteEndToEndTests {
  /// From the course's first prompt to early-career/fairness-note, its first text answer.
  static let promptsToTextAnswer = 7

  @Test func aMegabytePasteIsKeptWholeAndCtrlQBehindItQuits() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    try tmux.beginCourse()
    for _ in 0..<Self.promptsToTextAnswer { try tmux.send("C-n") }
    try tmux.waitFor("A line on why?")
    let line = "Line of a pasted report, with café and 日本 in it.\n"
    // Saving trims the ends of a text answer, so this one ends in a word.
    let text = String(repeating: line, count: 1_000_000 / line.utf8.count) + "The end."
    try tmux.paste(text)
    try tmux.send("C-q")
    let exit = try tmux.waitForExit(seconds: 30)
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)

    // The draft comes back whole; saving it puts it where `journal list` reads it.
    try tmux.launchApp()
    try tmux.waitFor("A line on why?")
    try tmux.send("Enter")
    try tmux.waitFor("Saved")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit(seconds: 30).status == 0)
    let list = try tmux.runCommand(["journal", "list", "--json", "--unit", "early-career"])
    let rows = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]]
    let saved = rows?.first { $0["promptId"] as? String == "fairness-note" }
    let value = saved?["value"] as? [String: Any]
    #expect((value?["text"] as? String) == text)
  }
}
