import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// The JSON export written as its answers are read is the archive, byte for byte, that the
/// journal's model encodes whole; and it stops once its reader has gone.
@Suite struct ArchiveStreamTests {
  let scratch = ScratchFolder()

  func streamed(_ store: JournalStore, stopAfter pieces: Int = .max) throws -> [String] {
    var written: [String] = []
    try store.writeArchive { piece in
      written.append(piece)
      return written.count < pieces
    }
    return written
  }

  @Test func anEmptyJournalStreamsItsArchive() throws {
    let store = try JournalStore.open(path: scratch.path)
    #expect(try streamed(store).joined() == (try store.archive().encoded()))
  }

  @Test func aFullJournalStreamsTheSameBytes() throws {
    let store = try ExportFixture.journal(at: scratch.path)
    let whole = try store.archive()
    try #require(whole.answers.count > 10)
    #expect(try streamed(store).joined() == (try whole.encoded()))
  }

  /// 600 answers: two whole batches of 256 and a part batch.
  func severalBatches() throws -> JournalStore {
    let store = try JournalStore.open(path: scratch.path)
    let story = PromptKey(unitID: "clarity", promptID: "value-story")
    for index in 0..<600 {
      _ = try store.save(
        .text("Answer \(index)\nsecond line"), for: story, kind: .text,
        at: Date(timeIntervalSince1970: 1_790_000_000 + Double(index)))
    }
    return store
  }

  @Test func aJournalOfSeveralBatchesStreamsTheSameBytes() throws {
    let store = try severalBatches()
    let pieces = try streamed(store)
    #expect(pieces.joined() == (try store.archive().encoded()))
    // The head, a piece for each whole batch, and the last batch with the tail.
    #expect(pieces.count == 4)
  }

  @Test func itStopsWhenTheReaderHasGone() throws {
    let store = try severalBatches()
    #expect(try streamed(store, stopAfter: 2).count == 2)
  }
}
