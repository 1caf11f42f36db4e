import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// The prompts moved past empty: kept across a restart, replaced by an answer, and carried
/// by the archive both ways.
@Suite struct SkippedStoreTests {
  let scratch = ScratchFolder()
  let dollars = PromptKey(unitID: "know-your-value", promptID: "dollar-figure")
  let count = PromptKey(unitID: "know-your-value", promptID: "count-figure")
  let stamp = Date(timeIntervalSince1970: 1_772_355_600)

  private func journal(_ name: String) throws -> JournalStore {
    try JournalStore.open(path: scratch.url.appendingPathComponent(name).path)
  }

  @Test func aMarkSurvivesReopeningTheJournal() throws {
    let store = try journal("a.sqlite")
    #expect(try store.skippedPrompts().isEmpty)
    try store.markSkipped(dollars)
    try store.markSkipped(count)
    try store.markSkipped(dollars)
    #expect(try journal("a.sqlite").skippedPrompts() == [dollars, count])
  }

  @Test func savingAnAnswerReplacesItsMarkInTheSameTransaction() throws {
    let store = try journal("a.sqlite")
    try store.markSkipped(dollars)
    try store.markSkipped(count)
    _ = try store.save(.money(cents: 100), for: dollars, kind: .money, at: stamp)
    #expect(try store.skippedPrompts() == [count])
  }

  @Test func theArchiveCarriesTheMarksAndImportsThemBack() throws {
    let store = try journal("a.sqlite")
    try store.markSkipped(count)
    try store.markSkipped(dollars)
    let archive = try store.archive()
    #expect(
      archive.skipped == [
        JournalArchive.Skip(unitId: "know-your-value", promptId: "count-figure"),
        JournalArchive.Skip(unitId: "know-your-value", promptId: "dollar-figure"),
      ])
    let json = try archive.encoded()
    let course = ExportFixture.course
    let copy = try journal("b.sqlite")
    _ = try copy.importArchive(
      try JournalArchive.decode(Data(json.utf8), source: "a.json", course: course))
    #expect(try copy.skippedPrompts() == [dollars, count])
    #expect(try copy.archive().encoded() == json)
  }

  @Test func anImportedAnswerReplacesAMarkAndAnImportedMarkNeverHidesAnAnswer() throws {
    let answered = try journal("a.sqlite")
    _ = try answered.save(.money(cents: 100), for: dollars, kind: .money, at: stamp)
    let marked = try journal("b.sqlite")
    try marked.markSkipped(dollars)
    try marked.markSkipped(count)
    _ = try marked.importArchive(try answered.archive())
    #expect(try marked.skippedPrompts() == [count])
    _ = try answered.importArchive(try marked.archive())
    #expect(try answered.skippedPrompts() == [count])
  }

  @Test func anArchiveFromBeforeMarksImportsAndAnEmptyIdIsRefused() throws {
    var archive = try journal("a.sqlite").archive()
    archive.skipped = nil
    let old = try archive.encoded()
    #expect(!old.contains("skipped"))
    let course = ExportFixture.course
    _ = try JournalArchive.decode(Data(old.utf8), source: "old.json", course: course)
    archive.skipped = [JournalArchive.Skip(unitId: "", promptId: "x")]
    #expect {
      try JournalArchive.decode(
        Data(try archive.encoded().utf8), source: "bad.json", course: course)
    } throws: { error in
      (error as? ArchiveError)?.message
        == "bad.json has a value Leverage would not save: skipped[0] has an empty unitId or "
        + "promptId; nothing was imported."
    }
  }
}
