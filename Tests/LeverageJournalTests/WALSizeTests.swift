import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// The kept `-wal` file never stays as large as the largest write: every later open would
/// read it all again.
@Suite struct WALSizeTests {
  let scratch = ScratchFolder()

  /// About 25 MB of log for one transaction, as a 20,000-answer import writes.
  @Test func aLargeImportLeavesASmallLog() throws {
    let store = try JournalStore.open(path: scratch.path)
    let report = try store.importArchive(Self.archive(answers: 20_000, textLength: 600))
    #expect(report.added == 20_000)
    #expect(try walSize() < JournalStore.walSizeLimit)
    #expect(try store.reviewPage(ReviewQuery(words: "locum"), offset: 0, limit: 1).total == 20_000)
  }

  @Test func closingAfterALargeWriteEmptiesTheKeptLog() throws {
    // Below the bulk size, so only the size limit and the close are left to shrink the log.
    let answers = JournalStore.bulkImportSize - 1
    do {
      let store = try JournalStore.open(path: scratch.path)
      _ = try store.importArchive(Self.archive(answers: answers, textLength: 8_000))
      #expect(try walSize() > JournalStore.walSizeLimit)
    }
    #expect(try walSize() < JournalStore.walSizeLimit)
    let reopened = try JournalStore.open(path: scratch.path)
    #expect(
      try reopened.reviewPage(ReviewQuery(words: "locum"), offset: 0, limit: 1).total == answers)
  }

  private func walSize() throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: scratch.path + "-wal")
    return (attributes[.size] as? NSNumber)?.intValue ?? -1
  }

  private static func archive(answers count: Int, textLength: Int) -> JournalArchive {
    let filler = String(
      repeating: "The call schedule undervalues the outreach clinic. ", count: textLength / 51)
    let answers = (0..<count).map { index in
      JournalArchive.Answer(
        unitId: "options", promptId: "alternative", kind: "text", revision: index + 1,
        createdAt: ArchiveTimestamp.string(fromSeconds: 1_790_000_000 + Double(index)),
        deletedAt: nil, sessionId: nil, value: .text("Locum offer \(index). \(filler)"))
    }
    return JournalArchive(sessions: [], answers: answers)
  }
}
