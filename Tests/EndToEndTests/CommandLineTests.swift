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

  /// A real journal, damaged or marked by a later Leverage: one line, and not a byte changed.
  @Test(arguments: ["truncated", "newer", "folder"])
  func aBadJournalIsRefusedWithOneLineAndLeftAlone(damage: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var journal = folder.appendingPathComponent("journal.sqlite").path
    let archive = folder.appendingPathComponent("archive.json")
    let rows = (0..<300).map { index in
      #"{"createdAt":"2026-03-01T09:00:\#(String(format: "%02d", index % 60)).\#(String(format: "%03d", index))Z","#
        + #""kind":"text","promptId":"alternative","revision":\#(index + 1),"unitId":"options","#
        + #""value":{"text":"Offer \#(index)","type":"text"}}"#
    }
    try (#"{"schemaVersion":1,"sessions":[],"answers":["# + rows.joined(separator: ",") + "]}")
      .write(to: archive, atomically: true, encoding: .utf8)
    #expect(try leverage("import '\(archive.path)' --journal '\(journal)'").status == 0)
    switch damage {
    case "truncated":
      let data = try Data(contentsOf: URL(fileURLWithPath: journal))
      try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: journal))
      try? FileManager.default.removeItem(atPath: journal + "-wal")
      try? FileManager.default.removeItem(atPath: journal + "-shm")
    case "newer":
      _ = try Command.run([
        "sqlite3", journal,
        "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')",
      ])
    default:
      journal = folder.path
    }
    let before = try Command.run(["sh", "-c", "cat '\(journal)'* 2>/dev/null | sha256sum"]).output
    let result = try leverage("journal list --journal '\(journal)'")
    #expect(result.status == 1)
    #expect(result.output.split(separator: "\n").count == 1, "\(result.output)")
    #expect(result.output.contains("--journal"))
    let after = try Command.run(["sh", "-c", "cat '\(journal)'* 2>/dev/null | sha256sum"]).output
    #expect(before == after)
    print("soak-figure: bad journal refused, left unchanged (\(damage)) | 1")
  }

  /// The fully answered journal the brief's golden files come from, imported and briefed by
  /// the real binary: the same bytes, a private file, and no overwrite without --force.
  @Test func briefPrintsItsGoldenFilesAndRefusesToOverwrite() throws {
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../LeverageJournalTests/__Golden__").standardized
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-brief-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let journal = folder.appendingPathComponent("journal.sqlite").path
    let archive = golden.appendingPathComponent("brief-journal.json").path
    #expect(try leverage("import '\(archive)' --journal '\(journal)'").status == 0)
    let brief = { (options: String) in
      try Command.run([
        "/bin/sh", "-c",
        "LEVERAGE_NOW=2026-03-02T12:00:00Z '\(TmuxSession.binary)' brief --journal '\(journal)' "
          + options + " 2>&1",
      ])
    }
    let markdown = try brief("")
    #expect(markdown.status == 0)
    let goldenMarkdown = try String(
      contentsOf: golden.appendingPathComponent("brief.md"), encoding: .utf8)
    #expect(markdown.output == goldenMarkdown)
    let output = folder.appendingPathComponent("brief.html").path
    #expect(try brief("--format html --output '\(output)'").status == 0)
    let goldenHTML = try String(
      contentsOf: golden.appendingPathComponent("brief.html"), encoding: .utf8)
    #expect(try String(contentsOfFile: output, encoding: .utf8) == goldenHTML)
    let mode = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions]
    #expect((mode as? Int) == 0o600)
    let refused = try brief("--output '\(output)'")
    #expect(refused.status == 1)
    #expect(refused.output.contains("already exists; pass --force to replace it."))
    #expect(try brief("--output '\(output)' --force").status == 0)
    #expect(try String(contentsOfFile: output, encoding: .utf8) == goldenMarkdown)
    #expect(try brief("--format json").status == 2)
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try leverage("journal list --no-such-flag").status == 2)
    #expect(try leverage("offers --horizon 11").status == 2)
  }

  @Test func importedOffersPrintSideBySideWithLeadersAndNotes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("offers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("j.sqlite").path
    let journal = "--journal '\(path)'"
    let none = try Command.run(["/bin/sh", "-c", "'\(TmuxSession.binary)' offers \(journal) 2>&1"])
    #expect(none.status == 1)
    #expect(none.output == "leverage: No journal yet at \(path): run leverage to start one.\n")
    let archive = #"""
      {"schemaVersion": 1, "sessions": [], "answers": [], "offers": [
      {"name": "Current", "deleted": false, "entries": {
        "salary": {"type": "money", "cents": 25000000}, "tailCost": {"type": "money", "cents": 0}}},
      {"name": "Clinic", "deleted": false, "entries": {
        "salary": {"type": "money", "cents": 24000000},
        "signingBonus": {"type": "money", "cents": 3000000},
        "clawbackYears": {"type": "number", "value": 4},
        "tailCost": {"type": "money", "cents": 3000000, "estimate": true}}}]}
      """#
    let file = folder.appendingPathComponent("offers.json")
    try archive.write(to: file, atomically: true, encoding: .utf8)
    #expect(try leverage("import '\(file.path)' \(journal)").status == 0)
    let lines = try leverage("offers \(journal)").output.split(separator: "\n")
    #expect(lines.first == "                   Current     Clinic")
    #expect(lines.contains("Salary             $250,000*   $240,000"))
    #expect(lines.contains("Bonus clawback     -           4 years"))
    #expect(lines.contains("Total/yr, 3 years  $250,000*   ~$230,000"))
    #expect(lines.contains { $0.hasPrefix("Clinic: the $30,000 bonus is repaid") })
    #expect(lines.last == "~ marks your estimate.")
    #expect(!lines.contains { $0.hasPrefix("On your ladder") })
    let json = try leverage("offers --horizon 4 --json \(journal)").output
    #expect(json.contains(#""totalPerYearCents" : 24000000"#))
    // With a ladder set (walk-away $450,000, target $520,000), each total is placed on it.
    let ladder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../LeverageJournalTests/__Golden__/brief-journal.json").standardized
    #expect(try leverage("import '\(ladder.path)' \(journal)").status == 0)
    let placed = try leverage("offers \(journal)").output.split(separator: "\n")
    #expect(placed.contains("On your ladder     < walk-away   < walk-away"))
  }
}
