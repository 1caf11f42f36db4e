import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct JournalReviewTests {
  let scratch = ScratchFolder()
  let skills = PromptKey(unitID: "know-your-value", promptID: "skills")
  let story = PromptKey(unitID: "clarity", promptID: "value-story")
  let salary = PromptKey(unitID: "economics", promptID: "salary")
  let day = 86_400.0

  /// Four answers on four days: skills twice (two revisions), a story, a salary.
  private func journal() throws -> JournalStore {
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(.list(["Robotic surgery"]), for: skills, kind: .list, at: date(0))
    _ = try store.save(.text("Café rounds cut readmissions"), for: story, kind: .text, at: date(1))
    _ = try store.save(.money(cents: 30_000_000), for: salary, kind: .money, at: date(2))
    _ = try store.save(
      .list(["Robotic surgery", "Spanish"]), for: skills, kind: .list, at: date(3))
    return store
  }

  private func date(_ days: Double) -> Date {
    Date(timeIntervalSince1970: 1_790_000_000 + days * day)
  }

  private func keys(_ page: ReviewPage) -> [String] {
    page.answers.map { "\($0.key.promptID)#\($0.revision)" }
  }

  @Test func listsEveryRevisionNewestFirstOrOnlyTheLatest() throws {
    let store = try journal()
    let all = try store.reviewPage(ReviewQuery(), offset: 0, limit: 10)
    #expect(all.total == 4)
    #expect(keys(all) == ["skills#2", "salary#1", "value-story#1", "skills#1"])
    let latest = try store.reviewPage(ReviewQuery(latestOnly: true), offset: 0, limit: 10)
    #expect(keys(latest) == ["skills#2", "salary#1", "value-story#1"])
  }

  @Test func pagesReadOnlyTheWindowAskedFor() throws {
    let store = try journal()
    let page = try store.reviewPage(ReviewQuery(), offset: 1, limit: 2)
    #expect(page.total == 4)
    #expect(page.offset == 1)
    #expect(keys(page) == ["salary#1", "value-story#1"])
  }

  @Test func filtersByUnitAndDateRange() throws {
    let store = try journal()
    #expect(
      keys(try store.reviewPage(ReviewQuery(unitID: "know-your-value"), offset: 0, limit: 9))
        == ["skills#2", "skills#1"])
    let range = ReviewQuery(since: date(1), until: date(3))
    #expect(
      keys(try store.reviewPage(range, offset: 0, limit: 9)) == ["salary#1", "value-story#1"])
  }

  @Test(arguments: [
    ("robotic", ["skills#2", "skills#1"]),
    ("ROBO", ["skills#2", "skills#1"]),
    ("robotic spanish", ["skills#2"]),
    ("cafe", ["value-story#1"]),
    ("café", ["value-story#1"]),
    ("readmis rounds", ["value-story#1"]),
    ("300000", ["salary#1"]),
    ("nothing-like-this", []),
  ])
  func searchFindsEveryWordAsAPrefixWithAccentsFolded(words: String, expected: [String]) throws {
    let store = try journal()
    #expect(keys(try store.reviewPage(ReviewQuery(words: words), offset: 0, limit: 9)) == expected)
  }

  @Test(arguments: ["\"", "*", "NEAR(", "robotic\" OR \"x", "AND", "(", "-robotic", "^"])
  func oddSearchInputIsSearchedAsWordsNeverParsed(words: String) throws {
    let store = try journal()
    let page = try store.reviewPage(ReviewQuery(words: words), offset: 0, limit: 9)
    #expect(page.total == page.answers.count)
  }

  @Test func deleteHidesEveryRevisionAndUndoBringsThemBack() throws {
    let store = try journal()
    let stamp = date(5)
    #expect(try store.deleteAnswer(skills, at: stamp) == 2)
    #expect(
      keys(try store.reviewPage(ReviewQuery(), offset: 0, limit: 9)) == [
        "salary#1", "value-story#1",
      ])
    #expect(try store.latestAnswers().map(\.key) == [story, salary])
    #expect(try store.reviewPage(ReviewQuery(words: "robotic"), offset: 0, limit: 9).total == 0)
    let restored = try store.restoreAnswer(skills, deletedAt: stamp)
    #expect(restored?.revision == 2)
    #expect(try store.reviewPage(ReviewQuery(), offset: 0, limit: 9).total == 4)
  }

  @Test func undoRestoresOnlyWhatThatDeleteRemoved() throws {
    let store = try journal()
    try store.deleteAnswer(skills, at: date(5))
    _ = try store.save(.list(["Teaching"]), for: skills, kind: .list, at: date(6))
    try store.deleteAnswer(skills, at: date(7))
    _ = try store.restoreAnswer(skills, deletedAt: date(7))
    #expect(try store.revisions(of: skills).map(\.value) == [.list(["Teaching"])])
    #expect(try store.answer(id: 1) == nil)
  }

  @Test func searchPatternHighlightsTheWordsItMatched() {
    let text = "Café rounds, robotic Surgery"
    let matches = SearchPattern.matches(of: "cafe SURG", in: text).map { String(text[$0]) }
    #expect(matches == ["Café", "Surg"])
    #expect(SearchPattern.matches(of: "  ", in: text).isEmpty)
  }
}
