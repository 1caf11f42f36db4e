import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct BulkImportTests {
  let scratch = ScratchFolder()

  @Test func aLargeImportIsSearchableAndLaterSavesAreIndexedToo() throws {
    let store = try JournalStore.open(path: scratch.path)
    let story = PromptKey(unitID: "clarity", promptID: "value-story")
    _ = try store.save(.text("Existing café note"), for: story, kind: .text, at: Date())
    let size = JournalStore.bulkImportSize + 200
    let answers = (0..<size).map { index in
      JournalArchive.Answer(
        unitId: "options", promptId: "alternative", kind: "text", revision: index + 1,
        createdAt: ArchiveTimestamp.string(fromSeconds: 1_790_000_000 + Double(index)),
        deletedAt: nil, sessionId: nil, value: .text("Locum offer number \(index)"))
    }
    let report = try store.importArchive(JournalArchive(sessions: [], answers: answers))
    #expect(report == ImportReport(added: size, skipped: 0))
    #expect(try store.reviewPage(ReviewQuery(words: "locum"), offset: 0, limit: 1).total == size)
    #expect(try store.reviewPage(ReviewQuery(words: "cafe"), offset: 0, limit: 1).total == 1)
    _ = try store.save(.text("A fresh zebra idea"), for: story, kind: .text, at: Date())
    #expect(try store.reviewPage(ReviewQuery(words: "zebra"), offset: 0, limit: 1).total == 1)
  }
}
