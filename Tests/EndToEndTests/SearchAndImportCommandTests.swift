import Foundation
import LeverageCore
import Testing

/// `journal search` and `import` as a user runs them, on journals made only by the binary.
@Suite struct SearchAndImportCommandTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-e2e-search-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  private var journal: String { folder.appendingPathComponent("journal.sqlite").path }

  /// Writes an export as a user's would be (the documented JSON) and imports it.
  private func importAnswers(_ texts: [String]) throws -> Command.Result {
    let answers: [[String: Any]] = texts.enumerated().map { index, text in
      [
        "unitId": "options", "promptId": "alternative", "kind": "text", "revision": index + 1,
        "createdAt": ArchiveTimestamp.string(fromSeconds: 1_790_000_000 + Double(index)),
        "value": ["type": "text", "text": text],
      ]
    }
    let archive = folder.appendingPathComponent("archive.json")
    try JSONSerialization.data(
      withJSONObject: ["schemaVersion": 1, "sessions": [], "answers": answers]
    ).write(to: archive)
    return try Command.run([TmuxSession.binary, "import", archive.path, "--journal", journal])
  }

  private func search(_ arguments: String, columns: Int? = nil) throws -> Command.Result {
    let environment = columns.map { "COLUMNS=\($0) " } ?? "env -u COLUMNS "
    return try Command.run([
      "/bin/sh", "-c",
      "\(environment)'\(TmuxSession.binary)' journal search \(arguments) --journal '\(journal)'",
    ])
  }

  @Test func severalWordsNeedNoQuotesAndThePipedSnippetShowsTheMatch() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let opening = String(repeating: "Cut readmissions across the service line. ", count: 6)
    _ = try importAnswers([opening + "My mentor runs the outreach clinic on Fridays.", "Unrelated"])
    let result = try search("mentor clinic")
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    // The prompt by its step and question, not the course's ids.
    #expect(
      lines.first?.contains("9 What is your best alternative if this falls") == true)
    #expect(lines.first?.contains("options/alternative") == false)
    let snippet = try #require(lines.last)
    #expect(snippet.hasPrefix("        …"))
    #expect(snippet.contains("My mentor runs the outreach clinic"))
    // In a pipe: no escape codes, and 80 columns less one spare.
    #expect(!result.output.contains("\u{1B}"))
    #expect(lines.allSatisfy { $0.count < 80 })
  }

  @Test func thePipedListingTakesItsWidthFromColumns() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try importAnswers([String(repeating: "mentor and clinic notes ", count: 20)])
    let wide = try search("mentor", columns: 120).output.split(separator: "\n")
    let narrow = try search("mentor", columns: 50).output.split(separator: "\n")
    #expect(wide.last?.count == 119)
    #expect(narrow.last?.count == 49)
    #expect(narrow.last?.hasSuffix("…") == true)
  }

  /// 20,000 answers write about 25 MB of log in one transaction; the journal keeps a small one.
  @Test func aLargeImportLeavesASmallWALFile() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let filler = String(repeating: "The call schedule undervalues the outreach clinic. ", count: 12)
    let result = try importAnswers((0..<20_000).map { "Locum offer \($0). \(filler)" })
    #expect(result.status == 0)
    let wal = try FileManager.default.attributesOfItem(atPath: journal + "-wal")
    #expect(((wal[.size] as? NSNumber)?.intValue ?? -1) < 4 << 20)
    let database = try FileManager.default.attributesOfItem(atPath: journal)
    #expect(((database[.size] as? NSNumber)?.intValue ?? 0) > 10 << 20)
  }
}
