import Foundation
import Testing

/// The command line as other Unix tools behave: `-` for standard output, JSON that parses
/// even when empty, options before or after any command name, and one exit status per kind
/// of problem (0 ok, 1 data or files, 2 the command line).
@Suite struct UnixPlumbingTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-plumbing-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  var journal: String { folder.appendingPathComponent("j.sqlite").path }

  /// The binary through the shell in the test's folder, standard error folded in.
  func run(_ arguments: String, environment: String = "") throws -> Command.Result {
    try Command.run([
      "/bin/sh", "-c",
      "cd '\(folder.path)' && \(environment) '\(TmuxSession.binary)' \(arguments) 2>&1",
    ])
  }

  /// A journal with one action item due on the first day of 1900, made by `import`.
  func importJournal() throws {
    let archive = folder.appendingPathComponent("a.json")
    let item: [String: Any] = [
      "title": "Far past", "dueDate": "1900-01-01", "done": false, "deleted": false,
    ]
    try JSONSerialization.data(
      withJSONObject: ["schemaVersion": 1, "sessions": [], "answers": [], "actionItems": [item]]
    ).write(to: archive)
    #expect(try run("import a.json --journal j.sqlite").status == 0)
  }

  @Test func aDashOutputIsStandardOutputAndNoFileNamedDash() throws {
    try importJournal()
    let json = try run("export --format json --output - --journal j.sqlite")
    #expect(json.status == 0)
    #expect(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) is [String: Any])
    let brief = try run("brief --output - --journal j.sqlite")
    #expect(brief.status == 0)
    #expect(brief.output.hasPrefix("# "))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
  }

  @Test func everyJSONParsesAndAnEmptyOneIsABareArray() throws {
    try importJournal()
    let none = try run("journal search nothing-like-this --json --journal j.sqlite")
    #expect(none.status == 0)
    #expect(none.output == "[]\n")
    for command in ["journal list --json", "offers --json", "profile --json", "backup list --json"]
    {
      let result = try run("\(command) --journal j.sqlite")
      #expect(result.status == 0, "\(command)")
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) != nil,
        "\(command) printed \(result.output)")
    }
  }

  @Test func theSharedOptionsAreTakenBeforeOrAfterAnyCommandName() throws {
    try importJournal()
    #expect(try run("journal --journal j.sqlite list").status == 0)
    #expect(try run("--journal j.sqlite next").output.contains("Far past"))
    let validate = try run("--journal j.sqlite course validate")
    #expect(validate.status == 0 && validate.output.hasPrefix("ok: "))
    let named = try run("course validate --course nowhere.json")
    #expect(named.status == 1 && named.output.contains("nowhere.json"))
  }

  @Test(arguments: [
    ("frobnicate", "Unknown command \"frobnicate\" for leverage; the commands are coach,"),
    ("journal frob --journal j.sqlite", "Unknown command \"frob\" for leverage journal;"),
    ("journal list --unit bogus --journal j.sqlite", "No unit \"bogus\" in the course;"),
    ("journal search '*' --journal j.sqlite", "Give at least one word to search for"),
    ("journal list --limit -1 --journal j.sqlite", "--limit takes 0 or more."),
    ("journal search x --limit -1 --journal j.sqlite", "--limit takes 0 or more."),
  ])
  func aCommandLineMistakeExitsTwoAndSaysWhat(arguments: String, message: String) throws {
    try importJournal()
    let result = try run(arguments)
    #expect(result.status == 2)
    #expect(result.output.contains(message), "\(result.output)")
  }

  @Test func aMissingJournalIsADataProblem() throws {
    let result = try run("journal list --journal missing.sqlite")
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("leverage: No journal yet at"))
  }

  @Test(arguments: [
    "2026-03-01T09:30:00Zjunk", "2026-03-01T09:30:00Z\u{1B}[2J", "2026-02-29T09:30:00Z",
    "2026-03-01T24:00:00Z", "2026-03-01 09:30:00Z",
  ])
  func leverageNowTakesOnlyARealInstant(value: String) throws {
    let result = try run("next --journal j.sqlite", environment: "LEVERAGE_NOW='\(value)'")
    #expect(result.status == 2)
    #expect(result.output.hasPrefix("leverage: LEVERAGE_NOW must be a time like"))
  }

  @Test func anItemOverdueForDecadesStaysApartFromItsTitle() throws {
    try importJournal()
    let result = try run(
      "next --journal j.sqlite", environment: "LEVERAGE_NOW=2026-12-07T12:00:00Z")
    #expect(result.output.contains("days  Far past"), "\(result.output)")
  }
}
