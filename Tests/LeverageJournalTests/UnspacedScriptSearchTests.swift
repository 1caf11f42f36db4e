import CoachTestKit
import Foundation
import GRDB
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// Words inside text written without spaces (Chinese, Japanese, Thai) are found, as the
/// words of spaced scripts are, and a journal indexed before is indexed again on opening.
@Suite struct UnspacedScriptSearchTests {
  let scratch = ScratchFolder()
  let story = PromptKey(unitID: "clarity", promptID: "value-story")
  let japanese = "日本語のテキスト東京都李明"

  func found(_ words: String, in store: JournalStore) throws -> [String] {
    try store.reviewPage(ReviewQuery(words: words), offset: 0, limit: 10).answers.map {
      $0.value.displayText
    }
  }

  @Test(arguments: ["東京", "李明", "テキスト", "日本", "都李", "京"])
  func aWordInsideARunIsFound(word: String) throws {
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text(japanese), for: story, kind: .text, at: Date())
    _ = try store.save(.text("Plain English, no match"), for: story, kind: .text, at: Date())
    #expect(try found(word, in: store) == [japanese])
  }

  @Test func wordsNotThereAreNotFoundAndLatinSearchIsAsBefore() throws {
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text(japanese + " mentor"), for: story, kind: .text, at: Date())
    #expect(try found("大阪", in: store).isEmpty)
    #expect(try found("京東", in: store).isEmpty)
    #expect(try found("ment", in: store).count == 1)
    #expect(try found("東京 ment", in: store).count == 1)
  }

  @Test func aThaiWordInsideARunIsFound() throws {
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.text("ผมชอบกินข้าวมาก"), for: story, kind: .text, at: Date())
    #expect(try found("กิน", in: store).count == 1)
  }

  @Test func aJournalIndexedBeforeIsIndexedAgainWhenOpened() throws {
    // As Leverage left it before: migrated to v4, the text indexed as one word.
    let queue = try DatabaseQueue(path: scratch.path)
    try JournalSchema.migrator.migrate(queue, upTo: "v4-revisions-by-time")
    try queue.write { db in
      try db.execute(sql: "INSERT INTO session (startedAt) VALUES (0)")
      try db.execute(
        sql: """
          INSERT INTO answer (sessionId, unitId, promptId, kind, valueJSON, searchText,
            revision, createdAt) VALUES (1, 'clarity', 'value-story', 'text', ?, ?, 1, 0)
          """,
        arguments: [#"{"type":"text","text":"\#(japanese)"}"#, japanese])
    }
    try queue.close()
    let store = try JournalStore.open(path: scratch.path)
    #expect(try found("東京", in: store) == [japanese])
  }

  @Test func theHighlightMarksTheWordsInsideTheRun() {
    let text = "会議は東京都で、李明さんと"
    let marked = SearchPattern.matches(of: "東京 李明", in: text).map { String(text[$0]) }
    #expect(marked == ["東京", "李明"])
    #expect(SearchPattern.matches(of: "mentor", in: "東京mentorship").map { $0.lowerBound } != [])
    #expect(SearchPattern.matches(of: "京東", in: text).isEmpty)
  }
}
