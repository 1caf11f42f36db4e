import Foundation
import GRDB
import LeverageCore

extension JournalStore {
  /// The archive `archive().encoded()` writes, byte for byte, made piece by piece: the
  /// answers are read with a cursor and encoded one at a time, so exporting the journal holds
  /// one answer in memory, not the journal. `emit` returns false once its reader has gone.
  /// One read transaction, so the archive is one consistent picture. Checked against
  /// `course` as it goes, it returns why an import would refuse it, if it would.
  @discardableResult
  public func writeArchive(checkedAgainst course: Course? = nil, _ emit: (String) -> Bool)
    throws(JournalError) -> String?
  {
    try perform {
      try read { db in
        let (shell, sessionNumbers) = try archiveWithoutAnswers(db)
        var check = course.map { ArchiveImportCheck(course: $0, archive: shell) }
        // The answers go where the encoder put the empty array of a journal without any.
        let text = try shell.encoded()
        guard let slot = text.range(of: Self.emptyAnswers) else {
          throw JournalError.other("The archive's form is not the one Leverage writes.")
        }
        var answers = JSONArrayWriter<JournalArchive.Answer>(indent: "  ")
        guard emit(text[..<slot.lowerBound] + "  \"answers\" : " + answers.opening) else {
          return nil
        }
        let decoder = JSONDecoder()
        let records = try Self.archiveOrder.fetchCursor(db)
        while let record = try records.next() {
          let answer = try archived(record, sessionNumbers: sessionNumbers, decoder: decoder)
          check?.add(answer)
          let batch = try answers.add(answer)
          guard batch.isEmpty || emit(batch) else { return nil }
        }
        _ = emit(try answers.closing() + ",\n" + text[slot.upperBound...])
        return check?.problem
      }
    }
  }

  /// How the encoder writes the answers of an archive with none, between its neighbours.
  private static let emptyAnswers = "  \"answers\" : [],\n"
}
