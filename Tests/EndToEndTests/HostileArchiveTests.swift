import Foundation
import Testing

/// Issue 13 against the real binary: what an archive, a path or a file mode can do to the
/// commands that print or write the journal.
@Suite struct HostileArchiveTests {
  /// A folder of its own for each test, removed at the end.
  private final class Scratch {
    let folder: URL
    init() throws {
      folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("leverage-hostile-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: folder) }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
  }

  /// The binary's status and everything it wrote, standard error included.
  private func leverage(_ arguments: String) throws -> Command.Result {
    try Command.run(["/bin/sh", "-c", "'\(TmuxSession.binary)' \(arguments) 2>&1"])
  }

  private func writeArchive(_ answers: [String], to path: String) throws {
    let json =
      #"{"schemaVersion":1,"sessions":[],"answers":["# + answers.joined(separator: ",")
      + "]}"
    try json.write(toFile: path, atomically: true, encoding: .utf8)
  }

  private func textAnswer(unit: String, prompt: String, text: String, second: Int = 0) -> String {
    let escaped = text.unicodeScalars.map { scalar in
      scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\"
        ? String(scalar) : String(format: "\\u%04x", scalar.value)
    }.joined()
    return #"{"createdAt":"2026-03-01T09:00:\#(String(format: "%02d", second)).000Z","#
      + #""kind":"text","promptId":"\#(prompt)","revision":1,"unitId":"\#(unit)","#
      + #""value":{"text":"\#(escaped)","type":"text"}}"#
  }

  private static let unsafeScalars: [UInt32] = [0x9B, 0x202E, 0x2066, 0x7F]

  private func rawUnsafe(in output: String) -> [UInt32] {
    output.unicodeScalars.map(\.value).filter(Self.unsafeScalars.contains)
  }

  @Test func rawControlCharactersInJSONOutputAreEscapedInEveryCommand() throws {
    let scratch = try Scratch()
    let journal = scratch.path("journal.sqlite")
    let hostile = "Before\u{9B}31m \u{202E}evil \u{2066}iso\u{7F}After"
    try writeArchive(
      [
        textAnswer(unit: "options", prompt: "alternative", text: hostile),
        textAnswer(unit: "profile", prompt: "name", text: hostile, second: 1),
      ], to: scratch.path("archive.json"))
    #expect(
      try leverage("import '\(scratch.path("archive.json"))' --journal '\(journal)'").status == 0)
    for command in [
      "journal list --json", "journal list --all-revisions --json", "journal search After --json",
      "journal show 1 --json", "profile --json", "offers --json", "export --format json",
    ] {
      let result = try leverage("\(command) --journal '\(journal)'")
      #expect(result.status == 0, "\(command): \(result.output)")
      #expect(rawUnsafe(in: result.output).isEmpty, "\(command) printed raw controls")
      if command != "offers --json" {
        #expect(result.output.contains(#"\u009b"#), "\(command) lost the escaped text")
        #expect(result.output.contains(#"\u202e"#) && result.output.contains(#"\u007f"#))
      }
    }
  }

  @Test func aJournalReadableByOthersIsWarnedAboutByEveryCommand() throws {
    let scratch = try Scratch()
    let journal = scratch.path("journal.sqlite")
    // Reading never creates a journal: an import of nothing makes one.
    try writeArchive([], to: scratch.path("empty.json"))
    #expect(
      try leverage("import '\(scratch.path("empty.json"))' --journal '\(journal)'").status == 0)
    chmod(journal, 0o644)
    for command in [
      "journal list", "journal search call", "profile", "next", "offers", "export", "brief",
      "export --format json",
    ] {
      let result = try leverage("\(command) --journal '\(journal)'")
      #expect(
        result.output.contains("journal.sqlite is readable by other users; run chmod 600"),
        "\(command) did not warn")
    }
    let imported = try leverage("import '\(scratch.path("empty.json"))' --journal '\(journal)'")
    #expect(imported.output.contains("is readable by other users"))
  }
  @Test func aJournalPathThatIsNotAFileIsRefusedBeforeAnythingIsCreated() throws {
    let scratch = try Scratch()
    let fifo = scratch.path("pipe")
    #expect(mkfifo(fifo, 0o600) == 0)
    let devNullLeftover = FileManager.default.fileExists(atPath: "/dev/null-journal")
    for path in ["/dev/null", fifo] {
      let result = try leverage("journal list --journal '\(path)'")
      #expect(result.status == 1)
      #expect(result.output.split(separator: "\n").count == 1)
      #expect(result.output.contains("is not a regular file"), "\(result.output)")
      #expect(!result.output.contains("Check the disk"))
    }
    #expect(FileManager.default.fileExists(atPath: "/dev/null-journal") == devNullLeftover)
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path) == ["pipe"])
  }

  @Test func aRefusedTooLongJournalPathLeavesNoFoldersBehind() throws {
    let scratch = try Scratch()
    let nested = (1...20).map { "folder\($0)" }.joined(separator: "/")
    let path = scratch.path(nested + "/" + String(repeating: "j", count: 300) + ".sqlite")
    // A command that writes, since one that only reads never creates a journal anyway.
    let empty = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-empty-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: empty) }
    try writeArchive([], to: empty)
    let result = try leverage("import '\(empty)' --journal '\(path)'")
    #expect(result.status == 1)
    #expect(result.output.contains("too long"), "\(result.output)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).isEmpty)
  }

  @Test func exportWithForceNeverReplacesADeviceOrAPipe() throws {
    let scratch = try Scratch()
    let journal = scratch.path("journal.sqlite")
    let fifo = scratch.path("pipe")
    #expect(mkfifo(fifo, 0o600) == 0)
    var targets = [fifo]
    // A character device of our own (the same numbers as /dev/null) needs root to make.
    let device = scratch.path("null-device")
    if getuid() == 0, mknod(device, S_IFCHR | 0o600, dev_t((1 << 8) | 3)) == 0 {
      targets.append(device)
    }
    for target in targets {
      for format in ["markdown", "html", "json"] {
        let result = try leverage(
          "export --format \(format) --force --output '\(target)' --journal '\(journal)'")
        #expect(result.status == 1)
        #expect(result.output.contains("is not a regular file"), "\(result.output)")
        var info = stat()
        #expect(stat(target, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG)
      }
    }
    let brief = try leverage("brief --force --output '\(fifo)' --journal '\(journal)'")
    #expect(brief.output.contains("is not a regular file"))
  }
  @Test func aCraftedArchiveIsRefusedInOneLineAndEveryCommandStillRuns() throws {
    let scratch = try Scratch()
    let journal = scratch.path("journal.sqlite")
    let huge = #"{"type":"money","cents":9223372036854775807,"estimate":false}"#
    let json =
      #"{"schemaVersion":1,"sessions":[],"answers":[],"offers":[{"name":"Crafted","#
      + #""deleted":false,"entries":{"salary":\#(huge),"loanRepayment":\#(huge)}}]}"#
    try json.write(toFile: scratch.path("crafted.json"), atomically: true, encoding: .utf8)
    try writeArchive([], to: scratch.path("empty.json"))
    #expect(
      try leverage("import '\(scratch.path("empty.json"))' --journal '\(journal)'").status == 0)
    let result = try leverage("import '\(scratch.path("crafted.json"))' --journal '\(journal)'")
    #expect(result.status == 1)
    #expect(result.output.split(separator: "\n").count == 1)
    #expect(result.output.contains("offers[0].entries.loanRepayment"), "\(result.output)")
    #expect(result.output.contains("(and 1 more problem)"))
    for command in ["offers", "offers --json", "export", "export --format html"] {
      #expect(try leverage("\(command) --journal '\(journal)'").status == 0, "\(command)")
    }
  }

  @Test func aRevisionOfIntMaxNeverCrashesTheImportNorALaterSave() throws {
    let scratch = try Scratch()
    let journal = scratch.path("journal.sqlite")
    var second = textAnswer(unit: "options", prompt: "alternative", text: "Second", second: 5)
    second = second.replacingOccurrences(
      of: #""revision":1"#, with: #""revision":9223372036854775807"#)
    try writeArchive(
      [textAnswer(unit: "options", prompt: "alternative", text: "First"), second],
      to: scratch.path("a.json"))
    let imported = try leverage("import '\(scratch.path("a.json"))' --journal '\(journal)'")
    #expect(imported.status == 0, "\(imported.output)")
    try writeArchive(
      [textAnswer(unit: "options", prompt: "alternative", text: "Third", second: 9)],
      to: scratch.path("b.json"))
    #expect(try leverage("import '\(scratch.path("b.json"))' --journal '\(journal)'").status == 0)
    let listed = try leverage("journal list --all-revisions --journal '\(journal)'")
    #expect(listed.status == 0)
    #expect(listed.output.contains("r3") && !listed.output.contains("922337"))
  }

  /// There is no size limit now (issue 24): a big file that is not JSON stops at its first
  /// byte, without reading the rest, and creates no journal.
  @Test func aBigFileThatIsNotAnArchiveIsRefusedInOneLineAtItsFirstByte() throws {
    let scratch = try Scratch()
    let big = scratch.path("big.json")
    #expect(FileManager.default.createFile(atPath: big, contents: nil))
    #expect(truncate(big, 200 << 20) == 0)
    let result = try leverage("import '\(big)' --journal '\(scratch.path("journal.sqlite"))'")
    #expect(result.status == 1)
    #expect(
      result.output
        == "leverage: \(big) is damaged (not valid JSON near byte 0); nothing was imported.\n")
    #expect(!FileManager.default.fileExists(atPath: scratch.path("journal.sqlite")))
  }

  @Test func anAnswerToAPromptTheCourseLacksIsKeptFlaggedAndNeverCurrent() throws {
    let scratch = try Scratch()
    let journal = scratch.path("journal.sqlite")
    try writeArchive(
      [textAnswer(unit: "retired-unit", prompt: "old-question", text: "From an old course")],
      to: scratch.path("a.json"))
    #expect(try leverage("import '\(scratch.path("a.json"))' --journal '\(journal)'").status == 0)
    let listed = try leverage("journal list --journal '\(journal)'")
    #expect(listed.output.contains("[not in this course]"), "\(listed.output)")
    let json = try leverage("journal list --json --journal '\(journal)'")
    #expect(json.output.contains(#""inCourse" : false"#))
    let summary = try leverage("export --journal '\(journal)'")
    #expect(!summary.output.contains("From an old course"))
  }
}
