import Foundation
import LeverageCore
import LeverageJournal
import Testing

/// Issue 24: an export of 100,000 answers (the size of `make bench`) imports back in one
/// file, read answer by answer, in less than 128 MiB. `make soak` may raise the count with
/// `LEVERAGE_SOAK_IMPORT_ANSWERS`.
@Suite(.serialized) struct LargeImportEndToEndTests {
  static let answers =
    ProcessInfo.processInfo.environment["LEVERAGE_SOAK_IMPORT_ANSWERS"].flatMap { Int($0) }
    ?? 100_000
  static let peakLimitKB = 128 * 1024

  /// An archive as `export` writes it (`JournalArchive.encoded`), of text answers spread
  /// over the value-story prompt, a minute apart, each a few sentences long.
  private func exportText(_ count: Int) throws -> String {
    let sentence = "The outreach clinic I started depends on two extra half days of procedures. "
    let answers = (0..<count).map { index in
      JournalArchive.Answer(
        unitId: "clarity", promptId: "value-story", kind: "text", revision: index + 1,
        createdAt: ArchiveTimestamp.string(fromSeconds: 1_600_000_000 + Double(index) * 60),
        deletedAt: nil, sessionId: 1 + Int64(index / 25),
        value: .text("Answer \(index). " + String(repeating: sentence, count: 1 + index % 6)))
    }
    let sessions = (0..<(count + 24) / 25).map { session in
      JournalArchive.Session(
        id: Int64(session + 1),
        startedAt: ArchiveTimestamp.string(fromSeconds: 1_600_000_000 + Double(session) * 1500),
        finishedAt: nil)
    }
    return try JournalArchive(sessions: sessions, answers: answers).encoded()
  }

  @Test func anExportOfAHundredThousandAnswersImportsBackInBoundedMemory() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-large-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let archive = folder.appendingPathComponent("export.json").path
    try exportText(Self.answers).write(toFile: archive, atomically: false, encoding: .utf8)
    let journal = folder.appendingPathComponent("journal.sqlite").path
    let size = (try FileManager.default.attributesOfItem(atPath: archive)[.size] as? Int) ?? 0
    // GNU time's %M: the peak resident set, in KB, on the last line of standard error.
    let script =
      "/usr/bin/time -f '%M' '\(TmuxSession.binary)' import '\(archive)' --journal '\(journal)'"
      + " 2>&1"
    let clock = ContinuousClock()
    var result = Command.Result(status: -1, output: "")
    let elapsed = try clock.measure {
      result = try Command.run(
        ["/bin/sh", "-c", script], environment: Command.quietEnvironment)
    }
    #expect(result.status == 0, "\(result.output)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.first == "Imported \(Self.answers) answers; 0 were already there.")
    let peakKB = try #require(lines.last.flatMap { Int($0) }, "\(result.output)")
    print(
      "soak-figure: import of a \(Self.answers)-answer export (\(size >> 20) MiB), peak KB | \(peakKB)"
    )
    print(
      "soak-figure: import of a \(Self.answers)-answer export, s | \(elapsed.components.seconds)")
    #expect(peakKB < Self.peakLimitKB)
    #expect(try JournalBackup.check(journal) == Self.answers)
  }

  /// One answer written at `createdAt`, as an export writes it.
  private func oneAnswer(at createdAt: String) -> String {
    #"{"answers":[{"createdAt":"\#(createdAt)","kind":"text","promptId":"value-story","#
      + #""revision":1,"unitId":"clarity","value":{"text":"From the future","type":"text"}}],"#
      + #""schemaVersion":1,"sessions":[]}"#
  }

  @Test func aClockSetYearsAheadDoesNotAdmitAnswersFromTheFuture() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-future-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let archive = folder.appendingPathComponent("future.json").path
    try oneAnswer(at: "2099-01-01T00:00:00.000Z").write(
      toFile: archive, atomically: false, encoding: .utf8)
    let journal = folder.appendingPathComponent("journal.sqlite").path
    let script = "'\(TmuxSession.binary)' import '\(archive)' --journal '\(journal)' 2>&1"
    let future = Command.quietEnvironment.merging(["LEVERAGE_NOW": "2099-06-01T00:00:00Z"]) {
      _, given in given
    }
    let refused = try Command.run(["/bin/sh", "-c", script], environment: future)
    #expect(refused.status == 1)
    #expect(refused.output.contains("answers[0].createdAt is not between 2000 and today"))
    // Read from standard input, the same archive dated in the past imports.
    try oneAnswer(at: "2025-01-01T00:00:00.000Z").write(
      toFile: archive, atomically: false, encoding: .utf8)
    let piped = try Command.run(
      [TmuxSession.binary, "import", "-", "--journal", journal], stdin: archive,
      environment: future)
    #expect(piped.status == 0)
    #expect(piped.output == "Imported 1 answer; 0 were already there.\n")
  }
}
