import CoachTestKit
import Foundation
import GRDB
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct JournalStoreTests {
  let scratch = ScratchFolder()
  let salary = PromptKey(unitID: "economics", promptID: "salary")
  let goals = PromptKey(unitID: "values", promptID: "goals")

  @Test func createsPrivateFileAndFoldersInWALMode() throws {
    let path = scratch.url.appendingPathComponent("a/b/journal.sqlite").path
    let store = try JournalStore.open(path: path)
    _ = try store.save(.scale(3), for: salary, kind: .scale, at: Date())
    #expect(try ScratchFolder.mode(path) == 0o600)
    #expect(try ScratchFolder.mode(scratch.url.appendingPathComponent("a").path) == 0o700)
    #expect(try ScratchFolder.mode(scratch.url.appendingPathComponent("a/b").path) == 0o700)
    #expect(try ScratchFolder.mode(path + "-wal") == 0o600)
    let mode = try DatabaseQueue(path: path).read { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode")
    }
    #expect(mode == "wal")
    #expect(store.warnings.isEmpty)
  }

  @Test func thePlaceMovesWithTheAnswerInOneTransaction() throws {
    let store = try JournalStore.open(path: scratch.path)
    try store.savePlace(.prompt(salary))
    _ = try store.save(
      .money(cents: 100), for: salary, kind: .money, at: Date(), then: .prompt(goals))
    #expect(try store.place() == .prompt(goals))
    // A save that fails leaves the place where it was, as the answer is not there either.
    try store.savePlace(.prompt(salary))
    #expect(throws: JournalError.self) {
      _ = try store.save(.number(.infinity), for: salary, kind: .number, at: Date(), then: .map)
    }
    #expect(try store.place() == .prompt(salary))
  }

  @Test func leavesAnExistingFolderAlone() throws {
    let folder = scratch.url.appendingPathComponent("shared").path
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
    _ = try JournalStore.open(path: folder + "/journal.sqlite")
    #expect(try ScratchFolder.mode(folder) == 0o755)
  }

  @Test func warnsWhenOthersCanReadTheFile() throws {
    let path = scratch.path
    _ = try JournalStore.open(path: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    let store = try JournalStore.open(path: path)
    #expect(store.warnings == ["journal.sqlite is readable by other users; run chmod 600 \(path)"])
  }

  @Test func roundTripsTextByteForByte() throws {
    let strange = [
      "Family 👨‍👩‍👧‍👦 first 🏳️‍🌈", "医者の働き方", "שלום עולם مرحبا", "e\u{301} and \u{e9}",
      "nul\u{0}inside", "esc\u{1b}[31mred", "tab\tand\r\nCRLF", "curly ’quotes’",
      String(repeating: "1 MB of text ", count: 80_000),
    ]
    let store = try JournalStore.open(path: scratch.path)
    for (index, text) in strange.enumerated() {
      let key = PromptKey(unitID: "u", promptID: "p\(index)")
      _ = try store.save(.text(text), for: key, kind: .text, at: Date())
    }
    let reopened = try JournalStore.open(path: scratch.path)
    let read = try reopened.latestAnswers().map { answer -> [UInt8] in
      guard case .text(let text) = answer.value else { return [] }
      return Array(text.utf8)
    }
    // Compared as bytes: String equality would treat "é" and "e\u{301}" as the same.
    #expect(read == strange.map { Array($0.utf8) })
  }

  @Test func roundTripsEveryKindOfValue() throws {
    let values: [AnswerValue] = [
      .list(["a", "b"]), .choice(selected: ["x"], other: "y"), .choice(selected: [], other: nil),
      .scale(4), .money(cents: -12_345), .percent(12.5), .number(0.1),
      .date(CalendarDate(year: 2026, month: 3, day: 1)),
      .template([TemplateFill(blank: "who", text: "my team")]),
    ]
    let store = try JournalStore.open(path: scratch.path)
    for (index, value) in values.enumerated() {
      _ = try store.save(
        value, for: PromptKey(unitID: "u", promptID: "\(index)"), kind: value.kindName,
        at: Date())
    }
    #expect(try JournalStore.open(path: scratch.path).latestAnswers().map(\.value) == values)
  }

  @Test func savesRevisionsAndKeepsTheOldOnes() throws {
    let store = try JournalStore.open(path: scratch.path)
    let start = Date(timeIntervalSince1970: 1_700_000_000.123)
    let first = try store.save(.money(cents: 100), for: salary, kind: .money, at: start)
    _ = try store.save(.text("grow"), for: goals, kind: .text, at: start.addingTimeInterval(1))
    let second = try store.save(
      .money(cents: 200), for: salary, kind: .money, at: start.addingTimeInterval(2))
    #expect(first.revision == 1)
    #expect(second.revision == 2)
    #expect(try store.revisions(of: salary) == [first, second])
    #expect(try store.latestAnswers().map(\.key) == [goals, salary])
    #expect(try store.latestAnswers().last == second)
    let milliseconds = (try store.revisions(of: salary)[0].createdAt.timeIntervalSince1970 * 1000)
    #expect(milliseconds.rounded() == 1_700_000_000_123)
  }

  @Test func keepsDraftsAcrossReopenAndDropsThemOnSave() throws {
    let store = try JournalStore.open(path: scratch.path)
    try store.saveDraft(.text("half"), for: salary, at: Date())
    try store.saveDraft(.field("12"), for: salary, at: Date())
    try store.saveDraft(.choice(selected: [1], other: ""), for: goals, at: Date())
    let reopened = try JournalStore.open(path: scratch.path)
    #expect(
      try reopened.drafts() == [salary: .field("12"), goals: .choice(selected: [1], other: "")])
    _ = try reopened.save(.money(cents: 1200), for: salary, kind: .money, at: Date())
    try reopened.discardDraft(for: goals)
    #expect(try reopened.drafts().isEmpty)
  }

  @Test func skipsDraftsItCannotRead() throws {
    let store = try JournalStore.open(path: scratch.path)
    try store.saveDraft(.text("kept"), for: goals, at: Date())
    try DatabaseQueue(path: scratch.path).write { db in
      try db.execute(
        sql: """
          INSERT INTO draft (unitId, promptId, inputJSON, updatedAt)
          VALUES ('u', 'p', '{"type":"hologram"}', 0)
          """)
    }
    #expect(try store.drafts() == [goals: .text("kept")])
  }

  @Test func placeRoundTripsAndSurvivesReopen() throws {
    let store = try JournalStore.open(path: scratch.path)
    #expect(try store.place() == nil)
    try store.savePlace(.map)
    try store.savePlace(.prompt(salary))
    #expect(try JournalStore.open(path: scratch.path).place() == .prompt(salary))
  }

  @Test func aSecondStoreSeesWhatTheFirstWrote() throws {
    let first = try JournalStore.open(path: scratch.path)
    let second = try JournalStore.open(path: scratch.path)
    let saved = try first.save(.text("shared"), for: goals, kind: .text, at: Date())
    #expect(try second.latestAnswers() == [saved])
    let next = try second.save(.text("again"), for: goals, kind: .text, at: Date())
    #expect(next.revision == 2)
    #expect(try first.revisions(of: goals).count == 2)
  }

  @Test func startsOneSessionPerOpenOnlyWhenSaving() throws {
    let store = try JournalStore.open(path: scratch.path)
    #expect(try sessionCount() == 0)
    _ = try store.save(.scale(1), for: salary, kind: .scale, at: Date())
    _ = try store.save(.scale(2), for: goals, kind: .scale, at: Date())
    #expect(try sessionCount() == 1)
    _ = try JournalStore.open(path: scratch.path).save(
      .scale(3), for: salary, kind: .scale,
      at: Date())
    #expect(try sessionCount() == 2)
  }

  @Test func indexesAnswerTextForSearchWithoutAccents() throws {
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("Café with the team"), for: goals, kind: .text, at: Date())
    _ = try store.save(.list(["résumé", "naïve plan"]), for: salary, kind: .list, at: Date())
    let hits = try DatabaseQueue(path: scratch.path).read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT answer.promptId FROM answer_fts JOIN answer ON answer.id = answer_fts.rowid
          WHERE answer_fts MATCH ? ORDER BY answer.id
          """, arguments: ["cafe OR naive"])
    }
    #expect(hits == ["goals", "salary"])
  }

  private func sessionCount() throws -> Int {
    try DatabaseQueue(path: scratch.path).read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session") ?? 0
    }
  }
}
