import Foundation
import Testing

/// `kill -9` in the middle of an export or an import: the export file is the old one or the
/// new one, never half of one, and an import adds all of its answers or none.
@Suite(.serialized) struct KillDuringExportTests {
  private static let answers = 3_000

  /// A JSON archive of `answers` text answers, written by hand in the documented format.
  private func archive(in folder: URL) throws -> URL {
    let rows = (0..<Self.answers).map { index in
      let seconds = 1_790_000_000 + index
      let stamp = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(seconds)))
        .replacingOccurrences(of: "Z", with: ".000Z")
      return #"{"createdAt":"\#(stamp)","kind":"text","promptId":"alternative","#
        + #""revision":\#(index + 1),"unitId":"options","#
        + #""value":{"text":"Offer \#(index) from the group across town","type":"text"}}"#
    }
    let file = folder.appendingPathComponent("archive.json")
    let json = #"{"schemaVersion":1,"sessions":[],"answers":[\#(rows.joined(separator: ","))]}"#
    try json.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  private func leverage(_ arguments: [String]) throws -> Command.Result {
    try Command.run([TmuxSession.binary] + arguments)
  }

  @Test func killedImportsAddEverythingOrNothing() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-kill-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try archive(in: folder)
    for round in 0..<5 {
      let journal = folder.appendingPathComponent("j\(round).sqlite").path
      let delay = Double(round * 40 + 10) / 1000
      _ = try Command.run([
        "/bin/sh", "-c",
        "'\(TmuxSession.binary)' import '\(source.path)' --journal '\(journal)' & "
          + "sleep \(delay); kill -9 $! 2>/dev/null; wait",
      ])
      let listed = try leverage([
        "journal", "list", "--all-revisions", "--json", "--journal", journal,
      ])
      guard listed.status == 0 else { continue }
      let rows = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [Any]
      let count = rows?.count ?? -1
      #expect(count == 0 || count == Self.answers, "round \(round): \(count) answers")
      #expect(
        try Command.run(["sqlite3", journal, "PRAGMA integrity_check"]).output
          .trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    }
  }

  @Test func killedExportsLeaveTheOldFileOrTheNewOne() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-kill-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let journal = folder.appendingPathComponent("journal.sqlite").path
    #expect(
      try leverage(["import", try archive(in: folder).path, "--journal", journal]).status == 0)
    let target = folder.appendingPathComponent("summary.json")
    let old = Data("{\"old\": true}\n".utf8)
    for round in 0..<8 {
      try old.write(to: target)
      let delay = Double(round * 15) / 1000
      _ = try Command.run([
        "/bin/sh", "-c",
        "'\(TmuxSession.binary)' export --format json --force --output '\(target.path)' "
          + "--journal '\(journal)' & sleep \(delay); kill -9 $! 2>/dev/null; wait",
      ])
      let written = try Data(contentsOf: target)
      if written != old {
        let archive = try JSONSerialization.jsonObject(with: written) as? [String: Any]
        #expect((archive?["answers"] as? [Any])?.count == Self.answers, "round \(round)")
      }
    }
  }
  /// Issue 13: a kill during `export --output` left `NAME.tmp-PID-RAND`, a full copy of the
  /// journal, beside the target. The file being written has no name until it is complete.
  @Test func aKillDuringExportLeavesNoCopyOfTheJournal() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-kill-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let journal = folder.appendingPathComponent("journal.sqlite").path
    #expect(
      try leverage(["import", try archive(in: folder).path, "--journal", journal]).status == 0)
    let rounds = Int(ProcessInfo.processInfo.environment["LEVERAGE_SOAK_KILLS"] ?? "") ?? 10
    for round in 0..<rounds {
      let target = folder.appendingPathComponent("summary-\(round % 2).json").path
      let force = round % 2 == 0 ? "--force" : ""
      let delay = Double(round % 10 * 12) / 1000
      _ = try Command.run([
        "/bin/sh", "-c",
        "'\(TmuxSession.binary)' export --format json \(force) --output '\(target)' "
          + "--journal '\(journal)' & sleep \(delay); kill -9 $! 2>/dev/null; wait",
      ])
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(!names.contains { $0.contains(".tmp-") }, "round \(round): \(names)")
    }
    print("soak-figure: kills during export --output, no temporary copy left | \(rounds)")
  }
}
