import Foundation
import Testing

/// The scriptable commands, run as a script would: exit status and output.
@Suite struct CommandLineTests {
  private func leverage(_ arguments: String) throws -> Command.Result {
    try Command.run(["/bin/sh", "-c", "'\(TmuxSession.binary)' \(arguments) 2>&1"])
  }

  @Test func aBrokenCourseFileListsItsProblemsWithUnitAndField() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("course-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    let course = """
      {"format": 1, "title": "x", "welcome": {"title": "w", "body": "b"}, "parts": [{"id": "p",
      "title": "P", "summary": "s", "units": [{"id": "u", "title": "U", "idea": "i", "prompts":
      [{"id": "a", "question": "q", "kind": "percent", "default": 140}]}]}]}
      """
    try course.write(to: file, atomically: true, encoding: .utf8)
    let result = try leverage("course validate '\(file.path)'")
    #expect(result.status == 1)
    #expect(result.output.contains(#"unit "u", prompt "a": field "default""#))
    #expect(try leverage("course validate").output.hasPrefix("ok: 4 parts"))
  }

  @Test func aFileThatIsNotAJournalIsRefusedAndLeftAlone() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("journal-\(UUID().uuidString).sqlite")
    defer { try? FileManager.default.removeItem(at: file) }
    let bytes = Data("not a database, but someone's notes".utf8)
    try bytes.write(to: file)
    let result = try leverage("journal list --journal '\(file.path)'")
    #expect(result.status == 1)
    #expect(result.output.split(separator: "\n").count == 1)
    #expect(result.output.contains("is not a Leverage journal"))
    #expect(try Data(contentsOf: file) == bytes)
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try leverage("journal list --no-such-flag").status == 2)
  }
}
