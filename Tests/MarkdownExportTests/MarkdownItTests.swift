import Foundation
import Testing

@testable import LeverageCore

/// Every Markdown export read by markdown-it with linkify on, as many editors and note apps
/// render Markdown (markdown-it-py 4, which follows markdown-it 14, installed by `make
/// setup`). Its linkify makes links of bare domains (`boston.io`), `www.` and e-mail
/// addresses in plain text: none may come of user text, and no character may be added.
@Suite struct MarkdownItTests {
  /// Reads a JSON array of documents; prints the indexes of those with a link or a U+2060.
  static let checker = """
    import json, sys
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark", {"linkify": True}).enable("linkify")
    bad = []
    for index, document in enumerate(json.load(open(sys.argv[1], encoding="utf-8"))):
        tokens = md.parse(document)
        inline = [t for block in tokens for t in (block.children or [])]
        if any(t.type == "link_open" for t in inline) or "\\u2060" in md.render(document):
            bad.append(index)
    print(json.dumps(bad))
    """

  @Test func noUserTextBecomesALinkOrGainsACharacter() throws {
    var documents: [String] = []
    for text in HostileText.strings {
      let journal = HostileJournal(text: text)
      documents.append(MarkdownSummary.render(journal.summary))
      if let brief = journal.brief { documents.append(BriefMarkdown.render(brief)) }
    }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-markdown-it-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    try JSONEncoder().encode(documents).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", Self.checker, file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "markdown-it-py missing? run make setup")
    let bad = try JSONDecoder().decode([Int].self, from: printed)
    #expect(bad.isEmpty, "\(bad.prefix(3).map { documents[$0] })")
  }
}
