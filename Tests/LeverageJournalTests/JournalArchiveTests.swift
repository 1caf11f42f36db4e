import CoachTestKit
import Foundation
import GRDB
import PlainText
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct JournalArchiveTests {
  let scratch = ScratchFolder()
  let salary = PromptKey(unitID: "economics", promptID: "salary")
  let story = PromptKey(unitID: "clarity", promptID: "value-story")
  let start = Date(timeIntervalSince1970: 1_772_355_600.123_456)

  private func journal(_ name: String) throws -> JournalStore {
    try JournalStore.open(path: scratch.url.appendingPathComponent(name).path)
  }

  /// Two saves, a re-answer and a draft, at sub-millisecond times.
  private func filled(_ name: String) throws -> JournalStore {
    let store = try journal(name)
    _ = try store.save(.money(cents: 30_000_000), for: salary, kind: .money, at: start)
    _ = try store.save(
      .text("I cut waits.\n# not a heading"), for: story, kind: .text,
      at: start + 60)
    _ = try store.save(.money(cents: 32_000_000), for: salary, kind: .money, at: start + 120)
    try store.saveDraft(.text("CANARY-DRAFT"), for: story, at: start + 130)
    return store
  }

  @Test func timestampsAreUTCWithMillisecondsBothWays() {
    #expect(ArchiveTimestamp.string(fromSeconds: 0) == "1970-01-01T00:00:00.000Z")
    #expect(ArchiveTimestamp.string(fromSeconds: 1_772_355_600.1236) == "2026-03-01T09:00:00.124Z")
    #expect(ArchiveTimestamp.string(fromSeconds: -0.5) == "1969-12-31T23:59:59.500Z")
    #expect(ArchiveTimestamp.string(fromSeconds: 951_782_400) == "2000-02-29T00:00:00.000Z")
    for text in [
      "2026-03-01T09:00:00.124Z", "1969-12-31T23:59:59.500Z", "2000-02-29T23:59:59.999Z",
    ] {
      let seconds = ArchiveTimestamp.seconds(from: text)
      #expect(seconds.map(ArchiveTimestamp.string(fromSeconds:)) == text)
    }
    for bad in [
      "2026-02-30T09:00:00.000Z", "2026-03-01T09:00:00Z", "2026-03-01 09:00:00.000Z",
      "2026-03-01T24:00:00.000Z", "",
    ] {
      #expect(ArchiveTimestamp.seconds(from: bad) == nil)
    }
  }

  @Test func archiveHoldsEveryRevisionAndNoDraft() throws {
    let archive = try filled("a.sqlite").archive()
    #expect(archive.schemaVersion == 1)
    #expect(archive.sessions.map(\.id) == [1])
    #expect(archive.sessions[0].startedAt == "2026-03-01T09:00:00.123Z")
    #expect(archive.answers.map(\.revision) == [1, 1, 2])
    #expect(
      archive.answers.map(\.createdAt) == [
        "2026-03-01T09:00:00.123Z", "2026-03-01T09:01:00.123Z", "2026-03-01T09:02:00.123Z",
      ])
    #expect(archive.answers.allSatisfy { $0.sessionId == 1 })
    #expect(!(try archive.encoded()).contains("CANARY-DRAFT"))
  }

  @Test func exportImportExportIsByteForByteTheSame() throws {
    let first = try filled("a.sqlite").archive().encoded()
    let empty = try journal("b.sqlite")
    let archive = try JournalArchive.decode(
      Data(first.utf8), source: "a.json", course: ExportFixture.course)
    #expect(try empty.importArchive(archive) == ImportReport(added: 3, skipped: 0))
    #expect(try empty.archive().encoded() == first)
    #expect(
      try empty.latestAnswers().map(\.value) == [
        .text("I cut waits.\n# not a heading"), .money(cents: 32_000_000),
      ])
  }

  @Test func importingTheSameFileTwiceAddsNothing() throws {
    let archive = try filled("a.sqlite").archive()
    let target = try journal("b.sqlite")
    _ = try target.importArchive(archive)
    let before = try target.archive()
    #expect(try target.importArchive(archive) == ImportReport(added: 0, skipped: 3))
    #expect(try target.archive() == before)
    // Back into the journal it came from, whose times carry sub-millisecond digits.
    let source = try journal("a.sqlite")
    #expect(try source.importArchive(archive) == ImportReport(added: 0, skipped: 3))
  }

  @Test func mergeKeepsBothSidesAndRenumbersCollidingRevisions() throws {
    let archive = try filled("a.sqlite").archive()
    let target = try journal("b.sqlite")
    let own = try target.save(.money(cents: 25_000_000), for: salary, kind: .money, at: start + 5)
    #expect(try target.importArchive(archive) == ImportReport(added: 3, skipped: 0))
    // Numbered by answer time, whichever side each came from.
    let salaries = try target.revisions(of: salary)
    #expect(salaries.map(\.revision) == [1, 2, 3])
    #expect(
      salaries.map(\.value) == [
        .money(cents: 30_000_000), own.value, .money(cents: 32_000_000),
      ])
    let merged = try target.archive()
    #expect(merged.sessions.count == 2)
    #expect(merged.answers.count == 4)
  }

  @Test func importedAnswersAreFoundByFullTextSearch() throws {
    let target = try journal("b.sqlite")
    _ = try target.importArchive(try filled("a.sqlite").archive())
    let hits = try DatabaseQueue(path: target.path).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM answer_fts WHERE answer_fts MATCH 'waits'")
    }
    #expect(hits == 1)
  }

  @Test func refusesAnotherSchemaOrABrokenFileWithOneLine() throws {
    let cases: [(String, ArchiveError)] = [
      (
        #"{"schemaVersion": 2, "sessions": [], "answers": []}"#,
        .otherSchema(path: "x.json", version: 2)
      ),
      (#"{"sessions": []}"#, .notAnArchive(path: "x.json")),
      (
        #"{"schemaVersion": 1, "sessions": [], "answers": [{"#,
        .damaged(path: "x.json", detail: "the file ends before the archive does")
      ),
      (#"[1, 2]"#, .damaged(path: "x.json", detail: "not valid JSON near byte 0")),
      (
        #"{"schemaVersion": 1, "sessions": []}"#,
        .damaged(path: "x.json", detail: "missing answers")
      ),
      (
        #"{"schemaVersion": 1, "sessions": [], "answers": [{"unitId": "u", "promptId": "p", "#
          + #""kind": "text", "revision": 1, "createdAt": "yesterday", "#
          + #""value": {"type": "text", "text": "hi"}}]}"#,
        .refused(
          path: "x.json",
          problem: "answers[0].createdAt is not a UTC time like 2026-03-01T09:00:00.000Z",
          more: 0)
      ),
      (
        #"{"schemaVersion": 1, "sessions": [], "answers": [{"unitId": "u", "promptId": "p", "#
          + #""kind": "text", "revision": 1, "createdAt": "2026-03-01T09:00:00.000Z", "#
          + #""value": {"type": "poem"}}]}"#,
        .damaged(path: "x.json", detail: "bad value at answers[0].value.type")
      ),
    ]
    for (json, expected) in cases {
      #expect(throws: expected) {
        try JournalArchive.decode(Data(json.utf8), source: "x.json", course: ExportFixture.course)
      }
      #expect(!expected.message.contains("\n"))
    }
  }

  @Test func aFailingImportAddsNothing() throws {
    var archive = try filled("a.sqlite").archive()
    // The last answer cannot be stored (JSON has no NaN), after three that could.
    archive.answers.append(archive.answers[0])
    archive.answers[3].value = .percent(.nan)
    let target = try journal("b.sqlite")
    let before = try target.archive()
    #expect(throws: JournalError.self) { try target.importArchive(archive) }
    #expect(try target.archive() == before)
    #expect(try target.archive().answers.isEmpty)
  }

  @Test func terminalControlsAreEscapedInTheJSONAndSurviveDecoding() throws {
    let store = try journal("a.sqlite")
    let raw = "esc\u{1B}]0;pwned\u{7} csi\u{9B}2J bidi\u{202E}x <script>"
    _ = try store.save(.text(raw), for: story, kind: .text, at: start)
    let json = try store.archive().encoded()
    #expect(!json.unicodeScalars.contains { $0 != "\n" && PlainText.isUnsafe($0) })
    #expect(json.contains(#"esc\u001b]0;pwned\u0007 csi\u009b2J bidi\u202ex <script>"#))
    let decoded = try JournalArchive.decode(
      Data(json.utf8), source: "a.json", course: ExportFixture.course)
    #expect(decoded.answers[0].value == .text(raw))
  }
}
