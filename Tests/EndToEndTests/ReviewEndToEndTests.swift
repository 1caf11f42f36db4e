import Foundation
import Testing

/// The review as a person uses it: find an answer, edit it, and see both revisions kept.
@Suite(.serialized) struct ReviewEndToEndTests {
  @Test func searchesEditsAndKeepsBothRevisions() throws {
    let tmux = try TmuxSession()
    try tmux.beginCourse()
    try tmux.sendLiteral("Robotic surgery")
    try tmux.send("Enter")
    try tmux.waitFor("Prompt 2 of")
    try tmux.send("Escape")
    try tmux.waitFor("Course map")
    try tmux.sendLiteral("r")
    try tmux.waitFor("1 answer")
    try tmux.sendLiteral("/robo")
    try tmux.waitFor("Robotic surgery")
    try tmux.send("Enter")
    try tmux.sendLiteral("e")
    try tmux.waitFor("Prompt 1 of")
    try tmux.send("End")
    try tmux.sendLiteral(" and Café")
    try tmux.send("Enter")
    try tmux.waitFor("Saved as a new revision")
    try tmux.waitFor("2 answers")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)

    let list = try tmux.runCommand(["journal", "list", "--json"])
    let rows = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]]
    let id = try #require(rows?.first?["id"] as? Int)
    let show = try tmux.runCommand(["journal", "show", String(id), "--json"])
    #expect(show.status == 0)
    let detail = try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any]
    let history = try #require(detail?["history"] as? [[String: Any]])
    let items = history.compactMap { ($0["value"] as? [String: Any])?["items"] as? [String] }
    #expect(items == [["Robotic surgery"], ["Robotic surgery and Café"]])
    let search = try tmux.runCommand(["journal", "search", "cafe"])
    #expect(search.status == 0 && search.output.contains("Robotic surgery and Café"))
    let none = try tmux.runCommand(["journal", "search", "NEAR("])
    #expect(none.status == 0 && none.output.isEmpty)
  }
}
