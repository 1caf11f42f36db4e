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

  @Test func aFullJournalStreamsTheSameBytesOneAnswerAPiece() throws {
    let store = try ExportFixture.journal(at: scratch.path)
    let whole = try store.archive()
    try #require(whole.answers.count > 10)
    let pieces = try streamed(store)
    #expect(pieces.joined() == (try whole.encoded()))
    // The head, one piece per answer, and the tail.
    #expect(pieces.count == whole.answers.count + 2)
  }

  @Test func itStopsWhenTheReaderHasGone() throws {
    let store = try ExportFixture.journal(at: scratch.path)
    #expect(try streamed(store, stopAfter: 3).count == 3)
  }
}
