import Foundation
import GRDB
import LeverageCore

/// What `importArchive` did: answers added, and answers already in the journal.
public struct ImportReport: Equatable, Sendable {
  public var added: Int
  public var skipped: Int
}

extension JournalStore {
  /// From this many answers an import rebuilds the search index once instead of row by row.
  static let bulkImportSize = 1_000

  /// Every session and every revision, deleted ones included, read in one transaction so the
  /// archive is a consistent picture even while the coach is saving.
  public func archive() throws(JournalError) -> JournalArchive {
    try perform {
      try read { db in
        var (archive, sessionNumbers) = try archiveWithoutAnswers(db)
        let decoder = JSONDecoder()
        archive.answers = try Self.archiveOrder.fetchAll(db).map { record in
          try archived(record, sessionNumbers: sessionNumbers, decoder: decoder)
        }
        return archive
      }
    }
  }

  /// By time, then by prompt and revision rather than by id: ids say in which order answers
  /// arrived, and the same answers must export the same bytes however they came.
  static let archiveOrder = AnswerRecord.order(
    Column("createdAt"), Column("unitId"), Column("promptId"), Column("revision"), Column("id"))

  /// Everything but the answers, and the number each session has in the archive.
  func archiveWithoutAnswers(_ db: Database) throws -> (JournalArchive, [Int64: Int64]) {
    let sessions = try Row.fetchAll(
      db, sql: "SELECT id, startedAt, finishedAt FROM session ORDER BY startedAt, id")
    var numbers: [Int64: Int64] = [:]
    let archived = sessions.enumerated().map { offset, row in
      let number = Int64(offset + 1)
      numbers[row["id"]] = number
      return JournalArchive.Session(
        id: number, startedAt: ArchiveTimestamp.string(fromSeconds: row["startedAt"]),
        finishedAt: (row["finishedAt"] as Double?).map(ArchiveTimestamp.string(fromSeconds:)))
    }
    let items = try ActionItemRecord.order(Column("id")).fetchAll(db).map {
      JournalArchive.ActionItem(
        title: $0.title, dueDate: $0.dueDate, done: $0.doneAt != nil,
        deleted: $0.deletedAt != nil)
    }
    let offers = try OfferRecord.order(Column("id")).fetchAll(db).map { record in
      guard let entries = record.entries else {
        throw JournalError.other(
          "An offer in \(path) cannot be read by this version of Leverage; update it first.")
      }
      return JournalArchive.Offer(
        name: record.name, entries: entries, deleted: record.deletedAt != nil)
    }
    let skipped = try SkippedPrompts.read(db).sorted().map {
      JournalArchive.Skip(unitId: $0.unitID, promptId: $0.promptID)
    }
    let archive = JournalArchive(
      sessions: archived, answers: [], actionItems: items, offers: offers, skipped: skipped)
    return (archive, numbers)
  }

  /// One stored revision as the archive holds it.
  func archived(
    _ record: AnswerRecord, sessionNumbers: [Int64: Int64], decoder: JSONDecoder
  ) throws -> JournalArchive.Answer {
    guard let value = JournalJSON.decode(AnswerValue.self, from: record.valueJSON, with: decoder)
    else {
      throw JournalError.other(
        "An answer in \(path) cannot be read by this version of Leverage; update it first.")
    }
    return JournalArchive.Answer(
      unitId: record.unitId, promptId: record.promptId, kind: record.kind,
      revision: record.revision, createdAt: ArchiveTimestamp.string(fromSeconds: record.createdAt),
      deletedAt: record.deletedAt.map(ArchiveTimestamp.string(fromSeconds:)),
      sessionId: sessionNumbers[record.sessionId], value: value)
  }

  /// Adds the archive's answers that the journal lacks, all in one transaction: a failure
  /// adds nothing. An answer counts as present when a revision of the same prompt has the
  /// same time (to the millisecond) and value, so importing a file twice adds nothing; an
  /// imported revision whose number is taken by a different answer gets the next free one.
  /// Action items merge by title: one the journal lacks is added; one it has keeps what it
  /// has and gains what it lacked (a due date, being done), so nothing is lost either way.
  /// Offers merge by name the same way: a live one keeps its lines and gains those it lacked.
  /// Skip marks are added, but an answer, imported or not, replaces its prompt's mark.
  public func importArchive(_ archive: JournalArchive, at date: Date = Date())
    throws(JournalError) -> ImportReport
  {
    try perform {
      try merge(archive, answerCount: archive.answers.count, at: date) { importer in
        for answer in archive.answers { try importer.add(answer) }
      }
    }
  }

  /// The same for an archive read piece by piece (`PendingImport`): each answer is decoded,
  /// admitted and stored on its own inside the one transaction, which a refused or damaged
  /// answer rolls back whole. Throws `ArchiveError` or `JournalError`.
  public func importArchive(_ pending: PendingImport, at date: Date = Date()) throws
    -> ImportReport
  {
    var reader = pending.reader
    do {
      return try merge(pending.outline, answerCount: reader.answerCount, at: date) { importer in
        try pending.file.scan { piece in
          guard let answer = try reader.answer(piece), reader.isAdmitted else { return }
          try importer.add(answer)
        }
        try reader.finish()
      }
    } catch let error as ArchiveError {
      throw error
    } catch {
      throw JournalError(error, path: path)
    }
  }

  private func merge(
    _ archive: JournalArchive, answerCount: Int, at date: Date,
    answers: (inout ArchiveImporter) throws -> Void
  ) throws -> ImportReport {
    let report = try write { db in
      var importer = try ArchiveImporter(db, sessions: archive.sessions)
      if answerCount >= Self.bulkImportSize {
        try FullTextIndex.rebuilding(in: db) {
          try answers(&importer)
          try importer.finish()
        }
      } else {
        try answers(&importer)
        try importer.finish()
      }
      try ActionItemRecord.merge(archive.actionItems ?? [], at: date, in: db)
      try OfferRecord.merge(archive.offers ?? [], at: date, in: db)
      try SkippedPrompts.merge(
        (archive.skipped ?? []).map { PromptKey(unitID: $0.unitId, promptID: $0.promptId) },
        in: db)
      return ImportReport(added: importer.added, skipped: importer.skipped)
    }
    if answerCount >= Self.bulkImportSize { emptyWALFile() }
    return report
  }
}
