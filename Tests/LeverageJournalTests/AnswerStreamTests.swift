import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// `forEachAnswer`, which whole-journal commands read through: the order and window asked
/// for, one answer at a time, and a stop as soon as the reader has gone.
@Suite struct AnswerStreamTests {
  let scratch = ScratchFolder()
  let story = PromptKey(unitID: "clarity", promptID: "value-story")

  /// Five revisions of one prompt, "one" to "five", a day apart.
  func journal() throws -> JournalStore {
    let store = try JournalStore.open(path: scratch.path)
    for (day, text) in ["one", "two", "three", "four", "five"].enumerated() {
      _ = try store.save(
        .text(text), for: story, kind: .text,
        at: Date(timeIntervalSince1970: 1_790_000_000 + Double(day) * 86_400))
    }
    return store
  }

  func texts(
    _ store: JournalStore, _ query: ReviewQuery = ReviewQuery(), oldestFirst: Bool = false,
    limit: Int? = nil, stopAfter: Int = .max
  ) throws -> [String] {
    var seen: [String] = []
    try store.forEachAnswer(query, oldestFirst: oldestFirst, limit: limit) { answer in
      seen.append(answer.value.displayText)
      return seen.count < stopAfter
    }
    return seen
  }

  @Test func everyAnswerInEitherOrder() throws {
    let store = try journal()
    #expect(try texts(store) == ["five", "four", "three", "two", "one"])
    #expect(try texts(store, oldestFirst: true) == ["one", "two", "three", "four", "five"])
  }

  @Test func aLimitKeepsTheNewestInTheOrderAsked() throws {
    let store = try journal()
    #expect(try texts(store, limit: 2) == ["five", "four"])
    #expect(try texts(store, oldestFirst: true, limit: 2) == ["four", "five"])
  }

  @Test func theFiltersApplyAsToAPage() throws {
    let store = try journal()
    #expect(try texts(store, ReviewQuery(words: "thr")) == ["three"])
    #expect(try texts(store, ReviewQuery(latestOnly: true)) == ["five"])
  }

  @Test func itStopsWhenTheReaderHasGone() throws {
    let store = try journal()
    #expect(try texts(store, stopAfter: 2) == ["five", "four"])
  }
}
