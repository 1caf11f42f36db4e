import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct OfferStoreTests {
  let scratch = ScratchFolder()
  let stamp = Date(timeIntervalSince1970: 1_772_355_600)
  let bonus = OfferEntry.money(cents: 3_000_000, isEstimate: false)
  let tail = OfferEntry.money(cents: 4_000_000, isEstimate: true)

  private func journal(_ name: String) throws -> JournalStore {
    try JournalStore.open(path: scratch.url.appendingPathComponent(name).path)
  }

  @Test func addsFillsRenamesAndDeletesOffersThatOutliveTheJournal() throws {
    let store = try JournalStore.open(path: scratch.path)
    #expect(try store.offers().isEmpty)
    let current = try store.addOffer(name: "Current job", at: stamp)
    let clinic = try store.addOffer(name: "Clinic", at: stamp)
    #expect(current.entries.isEmpty && current.createdAt == stamp)
    _ = try store.setEntry(bonus, line: .signingBonus, ofOffer: clinic.id, at: stamp)
    let filled = try store.setEntry(tail, line: .tailCost, ofOffer: clinic.id, at: stamp + 60)
    #expect(filled.entries == [.signingBonus: bonus, .tailCost: tail])
    #expect(filled.updatedAt == stamp + 60)
    let cleared = try store.setEntry(nil, line: .signingBonus, ofOffer: clinic.id, at: stamp)
    #expect(cleared.entries == [.tailCost: tail])
    let renamed = try store.renameOffer(clinic.id, to: "Valley Clinic", at: stamp)
    #expect(renamed.name == "Valley Clinic" && renamed.entries == [.tailCost: tail])
    let reopened = try JournalStore.open(path: scratch.path)
    #expect(try reopened.offers() == [current, renamed])
    try reopened.deleteOffer(current.id, at: stamp)
    #expect(try JournalStore.open(path: scratch.path).offers().map(\.name) == ["Valley Clinic"])
  }

  @Test func refusesToChangeADeletedOffer() throws {
    let store = try JournalStore.open(path: scratch.path)
    let offer = try store.addOffer(name: "Gone", at: stamp)
    try store.deleteOffer(offer.id, at: stamp)
    #expect(throws: JournalError.self) {
      try store.setEntry(bonus, line: .signingBonus, ofOffer: offer.id, at: stamp)
    }
    #expect(throws: JournalError.self) { try store.renameOffer(offer.id, to: "Back", at: stamp) }
  }

  @Test func offersExportAndImportByNameAndAReimportAddsNothing() throws {
    let source = try journal("a.sqlite")
    let clinic = try source.addOffer(name: "Clinic", at: stamp)
    _ = try source.setEntry(tail, line: .tailCost, ofOffer: clinic.id, at: stamp)
    let gone = try source.addOffer(name: "Gone", at: stamp)
    try source.deleteOffer(gone.id, at: stamp)
    let archive = try JournalArchive.decode(
      Data(try source.archive().encoded().utf8), source: "a.json", course: ExportFixture.course)
    #expect(
      archive.offers == [
        JournalArchive.Offer(name: "Clinic", entries: [.tailCost: tail], deleted: false),
        JournalArchive.Offer(name: "Gone", entries: [:], deleted: true),
      ])

    let target = try journal("b.sqlite")
    let own = try target.addOffer(name: "Clinic", at: stamp)
    _ = try target.setEntry(bonus, line: .signingBonus, ofOffer: own.id, at: stamp)
    let cheaperTail = OfferEntry.money(cents: 0, isEstimate: false)
    _ = try target.setEntry(cheaperTail, line: .tailCost, ofOffer: own.id, at: stamp)
    _ = try target.importArchive(archive, at: stamp)
    let merged = try target.offers()
    #expect(merged.map(\.name) == ["Clinic"])
    #expect(merged[0].entries == [.signingBonus: bonus, .tailCost: cheaperTail])
    let before = try target.archive()
    _ = try target.importArchive(archive, at: stamp + 60)
    #expect(try target.archive() == before)

    let empty = try journal("c.sqlite")
    _ = try empty.importArchive(archive, at: stamp)
    #expect(try empty.archive().encoded() == source.archive().encoded())
  }

  @Test func anArchivedOfferThatDoesNotFitItsLinesIsRefused() throws {
    let json = """
      {"schemaVersion": 1, "sessions": [], "answers": [], "offers": [{"name": "A",
      "deleted": false, "entries": {"salary": {"type": "number", "value": 3}}}]}
      """
    #expect(throws: ArchiveError.self) {
      try JournalArchive.decode(Data(json.utf8), source: "x.json", course: ExportFixture.course)
    }
    let unknown = json.replacingOccurrences(of: "salary", with: "stockOptions")
    #expect(throws: ArchiveError.self) {
      try JournalArchive.decode(Data(unknown.utf8), source: "x.json", course: ExportFixture.course)
    }
  }
}
