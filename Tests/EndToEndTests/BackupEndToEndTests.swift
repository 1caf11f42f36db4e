import Foundation
import LeverageCore
import LeverageJournal
import Testing

/// Rolling backups with the real binary: made, listed, restored, refused under a coach, and
/// `kill -9` during a backup and a restore.
@Suite(.serialized) struct BackupEndToEndTests {
  /// 20,000 answers in `make test`; `make soak` sets `LEVERAGE_SOAK_BACKUP_ANSWERS=100000`.
  static let bigJournalAnswers =
    ProcessInfo.processInfo.environment["LEVERAGE_SOAK_BACKUP_ANSWERS"].flatMap { Int($0) }
    ?? 20_000
  static let killRounds =
    ProcessInfo.processInfo.environment["LEVERAGE_SOAK_BACKUP_KILLS"].flatMap { Int($0) } ?? 6

  /// An archive of `count` text answers to one prompt, a second apart from `start`.
  private func writeArchive(_ count: Int, start: Int = 0, to path: String) throws {
    let answers = (start..<start + count).map { index in
      #"{"createdAt":"\#(ArchiveTimestamp.string(fromSeconds: 1_600_000_000 + Double(index)))","#
        + #""kind":"text","promptId":"alternative","revision":\#(index + 1),"#
        + #""unitId":"options","value":{"text":"Locum offer \#(index), with call and "#
        + #"RVU notes","type":"text"}}"#
    }
    let json =
      #"{"schemaVersion":1,"sessions":[],"answers":["# + answers.joined(separator: ",") + "]}"
    try json.write(toFile: path, atomically: true, encoding: .utf8)
  }

  private func importAnswers(_ tmux: TmuxSession, _ count: Int, start: Int = 0) throws {
    let archive = tmux.folder.appendingPathComponent("archive-\(start).json").path
    try writeArchive(count, start: start, to: archive)
    #expect(try leverage(tmux, ["import", archive]).status == 0)
  }

  private func backupFiles(_ tmux: TmuxSession) -> [String] {
    let root = tmux.folder.appendingPathComponent("state/leverage/backups")
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return folders.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: root.path + "/" + folder)) ?? [])
        .map { root.path + "/" + folder + "/" + $0 }
    }.sorted()
  }

  /// A fixed clock, so a run that crosses midnight cannot make a second day's copy.
  static let now = ["LEVERAGE_NOW": "2026-12-03T12:00:00Z"]

  private func leverage(
    _ tmux: TmuxSession, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> Command.Result {
    try tmux.runCommand(arguments, environment: Self.now.merging(environment) { _, given in given })
  }

  private func liveAnswers(_ path: String) throws -> Int {
    try JournalBackup.check(path)
  }

  @Test func aBackupIsMadeListedAndRestored() throws {
    let tmux = try TmuxSession()
    try importAnswers(tmux, 5)
    // The first import went into an empty journal: nothing to back up yet.
    #expect(backupFiles(tmux).isEmpty)
    let none = try leverage(tmux, ["backup", "list"])
    #expect(none.status == 0 && none.output.isEmpty)
    let made = try leverage(tmux, ["backup"])
    #expect(made.status == 0)
    let path = made.output.trimmingCharacters(in: .newlines)
    // Made by hand: named to the second, never the day's copy the next save would want.
    #expect(path.hasSuffix("/journal-2026-12-03-120000-manual.sqlite"))
    #expect(backupFiles(tmux) == [path])
    #expect(try liveAnswers(path) == 5)
    try importAnswers(tmux, 7, start: 5)
    #expect(try liveAnswers(tmux.journal) == 12)

    let list = try leverage(tmux, ["backup", "list"])
    #expect(list.status == 0)
    // The import made the day's copy first, as the journal held answers.
    let lines = list.output.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.contains { $0.contains(" day backup ") })
    let line = try #require(lines.first { $0.hasSuffix(path) })
    #expect(line.hasPrefix("2026-12-03 "))
    #expect(line.contains(" KB"))
    #expect(line.contains("5 answers"))
    #expect(line.contains(" by hand "))
    #expect(line.hasSuffix(path))
    let json = try leverage(tmux, ["backup", "list", "--json"])
    let rows = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
    let byHand = rows?.first { $0["path"] as? String == path }
    #expect(rows?.count == 2)
    #expect(byHand?["answers"] as? Int == 5)
    #expect(byHand?["reason"] as? String == "manual")

    let restored = try leverage(tmux, ["restore", path])
    #expect(restored.status == 0)
    #expect(
      restored.output.hasPrefix("Restored 5 answers from \(path); the journal as it was is in "))
    #expect(try liveAnswers(tmux.journal) == 5)
    let journalList = try leverage(tmux, ["journal", "list", "--all-revisions"])
    #expect(journalList.output.split(separator: "\n").count == 5)
    // The journal as it was before the restore is kept beside the copy made by hand, and a
    // second restore in the same second (the clock is fixed) keeps its own copy too.
    #expect(try leverage(tmux, ["restore", path]).status == 0)
    let files = backupFiles(tmux)
    #expect(files.count == 4)
    #expect(try files.map(liveAnswers).sorted() == [5, 5, 5, 12])
    #expect(files.contains { $0.hasSuffix("-120000-restore.sqlite") })
    #expect(files.contains { $0.hasSuffix("-120000-restore-2.sqlite") })
    let reasons = try leverage(tmux, ["backup", "list"]).output
    #expect(reasons.components(separatedBy: "before restore").count == 3)
    #expect(try leverage(tmux, ["restore", tmux.journal]).status == 1)
    #expect(
      try leverage(tmux, ["restore", tmux.folder.appendingPathComponent("archive-0.json").path])
        .status == 1)
  }

  @Test func theCoachBacksUpBeforeItsFirstSaveOfTheDayAndRestoreWaitsForItToQuit() throws {
    let tmux = try TmuxSession()
    try importAnswers(tmux, 3)
    try tmux.launchApp(environment: "LEVERAGE_NOW=2026-12-03T12:00:00Z")
    // Answers but no saved place: the coach opens on the first prompt without one.
    try tmux.waitFor("Prompt 1 of")
    #expect(backupFiles(tmux).isEmpty)
    try tmux.sendLiteral("Zebra answer")
    try tmux.send("Enter")
    try tmux.waitFor("Saved.")
    // Made before the save: it holds the journal as it was.
    let dayCopy = try #require(backupFiles(tmux).first)
    #expect(backupFiles(tmux) == [dayCopy])
    #expect(dayCopy.hasSuffix("/journal-2026-12-03.sqlite"))
    #expect(try liveAnswers(dayCopy) == 3)
    #expect(try liveAnswers(tmux.journal) == 4)

    #expect(try leverage(tmux, ["restore", dayCopy]).status == 1)
    #expect(try liveAnswers(tmux.journal) == 4)
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
    #expect(try leverage(tmux, ["restore", dayCopy]).status == 0)
    #expect(try liveAnswers(tmux.journal) == 3)
  }

  @Test func theCoachRefusesToStartWhileARestoreHoldsTheJournal() throws {
    let tmux = try TmuxSession()
    try importAnswers(tmux, 1)
    try withExtendedLifetime(try JournalLock.restore(journal: tmux.journal)) {
      try tmux.launchApp()
      #expect(try tmux.waitForExit().status == 1)
      #expect(try tmux.screen().contains("is being restored from a backup; try again in a moment."))
    }
    try tmux.launchApp()
    try tmux.waitFor("Prompt 1 of")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)
  }

  @Test func aBackupIsOffWithLeverageBackupsZeroButStillMadeWhenAsked() throws {
    let tmux = try TmuxSession()
    try importAnswers(tmux, 2)
    let off = ["LEVERAGE_BACKUPS": "0"]
    let archive = tmux.folder.appendingPathComponent("more.json").path
    try writeArchive(2, start: 2, to: archive)
    #expect(try leverage(tmux, ["import", archive], environment: off).status == 0)
    #expect(backupFiles(tmux).isEmpty)
    #expect(try leverage(tmux, ["backup"], environment: off).status == 0)
    #expect(backupFiles(tmux).count == 1)
  }

  /// `kill -9` at moments spread over a backup of a big journal: the journal keeps every
  /// answer, the day's copy is the last good one or a complete new one, and the next backup
  /// clears what the killed one left. Then the same during restores of that copy.
  @Test func killsDuringABackupOrARestoreLoseNothing() throws {
    let tmux = try TmuxSession()
    let answers = Self.bigJournalAnswers
    try importAnswers(tmux, answers)
    let clock = ContinuousClock()
    var dayCopy = ""
    let backupTime = try clock.measure {
      dayCopy = try leverage(tmux, ["backup"]).output.trimmingCharacters(in: .newlines)
    }
    let bytes = (try FileManager.default.attributesOfItem(atPath: dayCopy)[.size] as? Int) ?? 0
    print("soak-figure: backup of a \(answers)-answer journal, ms | \(backupTime.milliseconds)")
    print("soak-figure: backup of a \(answers)-answer journal, bytes | \(bytes)")
    let milliseconds = max(50, backupTime.milliseconds)
    var temporaryLeft = 0
    for round in 0..<Self.killRounds {
      let delay = Double(milliseconds * (round + 1) / (Self.killRounds + 1)) / 1000
      try killDuring(["backup"], tmux, after: delay)
      #expect(try liveAnswers(tmux.journal) == answers, "round \(round): the journal")
      #expect(try liveAnswers(dayCopy) == answers, "round \(round): the last good backup")
      temporaryLeft += backupFiles(tmux).filter { $0.contains("/.tmp-") }.count
    }
    #expect(try leverage(tmux, ["backup"]).status == 0)
    #expect(!backupFiles(tmux).contains { $0.contains("/.tmp-") })
    print(
      "soak-figure: kill -9 during a backup, journal and last backup intact | \(Self.killRounds)")
    print(
      "soak-figure: temporary files left by those kills, removed by the next | \(temporaryLeft)")

    try importAnswers(tmux, 10, start: answers)
    var restored = 0
    for round in 0..<Self.killRounds {
      // A restore first backs the journal up, then copies the backup in: about twice as long.
      let delay = Double(milliseconds * 3 * (round + 1) / (Self.killRounds + 1)) / 1000
      try killDuring(["restore", dayCopy], tmux, after: delay)
      let count = try liveAnswers(tmux.journal)
      #expect(count == answers || count == answers + 10, "round \(round): old or new journal")
      if count == answers {
        // Back to the newer journal, so the next round's restore has something to replace.
        restored += 1
        try importAnswers(tmux, 10, start: answers)
      }
      #expect(try liveAnswers(dayCopy) == answers, "round \(round): the backup restored from")
    }
    print(
      "soak-figure: kill -9 during a restore, journal old or new and sound | \(Self.killRounds)")
    print("soak-figure: of those, the journal already restored when killed | \(restored)")
  }

  /// Starts the binary and sends it `kill -9` after `delay` seconds (if it is still running).
  private func killDuring(_ arguments: [String], _ tmux: TmuxSession, after delay: Double) throws {
    let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
    _ = try Command.run(
      [
        "/bin/sh", "-c",
        "'\(TmuxSession.binary)' \(quoted) --journal '\(tmux.journal)' >/dev/null 2>&1 & "
          + "sleep \(delay); kill -9 $! 2>/dev/null; wait",
      ], environment: tmux.sessionEnvironment.merging(Self.now) { _, given in given })
  }
}

extension Duration {
  fileprivate var milliseconds: Int {
    Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000)
  }
}
