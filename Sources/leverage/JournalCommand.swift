import ArgumentParser
import Foundation
import LeverageCore
import LeverageJournal
import PlainText
import TerminalUI

struct JournalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "journal", abstract: "Read, search and inspect the journal of saved answers.",
    discussion: """
      Examples:
        leverage journal list --unit economics
        leverage journal search mentor
      """,
    subcommands: [List.self, Show.self, Search.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the latest answer to every prompt, oldest first.",
      discussion: """
        Examples:
          leverage journal list --unit economics
          leverage journal list --since 2026-03-01 --json
        """)

    @OptionGroup var journalOptions: JournalOptions
    @OptionGroup var courseOptions: CourseOptions
    @Option(name: .long, help: ArgumentHelp("Only this unit (e.g. economics).", valueName: "id"))
    var unit: String?
    @Option(name: .long, help: ArgumentHelp("From this day on (YYYY-MM-DD).", valueName: "date"))
    var since: String?
    @Option(name: .long, help: ArgumentHelp("Up to and with this day.", valueName: "date"))
    var until: String?
    @Flag(name: .long, help: "Every revision, not only the latest of each prompt.")
    var allRevisions = false
    // Unconditional, so `--limit -1` is read as a number and refused as one.
    @Option(
      name: .long, parsing: .unconditional,
      help: "Only the newest this many, still printed oldest first (0 for all).")
    var limit = 0
    @Flag(name: .long, help: "Print JSON for scripts (see the README for its fields).")
    var json = false

    func validate() throws {
      guard limit >= 0 else { throw ArgumentParser.ValidationError("--limit takes 0 or more.") }
    }

    func run() throws {
      let query = ReviewQuery(
        unitID: unit, since: try DayOption.start(of: since, option: "--since"),
        until: try DayOption.end(of: until, option: "--until"), latestOnly: !allRevisions)
      let course = try courseOptions.load()
      try UnitOption.check(unit, in: course)
      let store = try journalOptions.openExisting()
      let listing = AnswerListing(course: course)
      try AnswerOutput.stream(json: json, course: course, line: listing.line) {
        (each) throws(JournalError) in
        try store.forEachAnswer(query, oldestFirst: true, limit: limit == 0 ? nil : limit, each)
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show one answer in full, with every revision of its prompt.",
      discussion: """
        Examples:
          leverage journal show 42
          leverage journal show 42 --json
        """)

    @OptionGroup var journalOptions: JournalOptions
    @OptionGroup var courseOptions: CourseOptions
    @Argument(help: ArgumentHelp("The answer's id, as `journal list` prints it.", valueName: "id"))
    var id: Int64
    @Flag(name: .long, help: "Print JSON: the answer and its `history`, oldest first.")
    var json = false

    func run() throws {
      let course = try courseOptions.load()
      let store = try journalOptions.openExisting()
      let (answer, history) = try Journal.read { () throws(JournalError) in
        guard let answer = try store.answer(id: id) else {
          return (nil as SavedAnswer?, [SavedAnswer]())
        }
        return (answer, try store.revisions(of: answer.key))
      }
      guard let answer else {
        throw UserError(message: "No answer has id \(id); `leverage journal list` shows the ids.")
      }
      if json {
        Output.line(try AnswerJSON.encodeDetail(answer, history: history, course: course))
      } else {
        Output.paged(AnswerListing(course: course).detail(answer, history: history) + "\n")
      }
    }
  }

  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "search",
      abstract: "Find answers holding every word given (prefixes match, accents are ignored).",
      discussion: """
        Examples:
          leverage journal search mentor
          leverage journal search \"call schedule\" --json
        """)

    @OptionGroup var journalOptions: JournalOptions
    @OptionGroup var courseOptions: CourseOptions
    @Argument(help: "The words to find, e.g. `call sched`; no quotes needed.")
    var words: [String]
    @Option(name: .long, help: ArgumentHelp("Only this unit.", valueName: "id"))
    var unit: String?
    @Option(
      name: .long, parsing: .unconditional,
      help: "At most this many answers, newest first (0 for all).")
    var limit = 50
    @Flag(name: .long, help: "Print JSON for scripts.")
    var json = false

    func validate() throws {
      guard limit >= 0 else { throw ArgumentParser.ValidationError("--limit takes 0 or more.") }
      guard !SearchPattern.words(words.joined(separator: " ")).isEmpty else {
        throw ArgumentParser.ValidationError(
          "Give at least one word to search for, e.g. `journal search call`.")
      }
    }

    func run() throws {
      let query = words.joined(separator: " ")
      let course = try courseOptions.load()
      try UnitOption.check(unit, in: course)
      let store = try journalOptions.openExisting()
      let request = ReviewQuery(words: query, unitID: unit)
      let listing = SearchListing.forStandardOutput(
        query: query, course: course, environment: ProcessInfo.processInfo.environment)
      try AnswerOutput.stream(json: json, course: course, line: listing.entry) {
        (each) throws(JournalError) in
        try store.forEachAnswer(request, limit: limit == 0 ? nil : limit, each)
      }
    }
  }
}

/// `--unit` names a unit of the course: a misspelt one would silently list nothing.
enum UnitOption {
  static func check(_ unit: String?, in course: Course) throws {
    let units = course.parts.flatMap(\.units).map(\.id)
    guard let unit, !units.contains(unit) else { return }
    throw UsageError(
      message: "No unit \"\(unit)\" in the course; the units are "
        + "\(units.joined(separator: ", ")).")
  }
}

/// Journal reads with their errors said in one line.
enum Journal {
  static func read<T>(_ body: () throws(JournalError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw UserError(message: error.message)
    }
  }
}

/// `--since` and `--until` take whole days in the user's time zone.
enum DayOption {
  static func start(of text: String?, option: String) throws -> Date? {
    try text.map { try day($0, option: option) }
  }

  /// The end of the day, so `--until 2026-03-01` includes that day.
  static func end(of text: String?, option: String) throws -> Date? {
    try start(of: text, option: option).map { $0.addingTimeInterval(86_400) }
  }

  private static func day(_ text: String, option: String) throws -> Date {
    guard case .success(let date) = DateParser.date(from: text),
      let start = Calendar.current.date(
        from: DateComponents(year: date.year, month: date.month, day: date.day))
    else {
      // A bad day is a mistake in the command line, so it exits 2 like any other.
      throw ArgumentParser.ValidationError("\(option) takes a day like 2026-03-01 (found \(text)).")
    }
    return start
  }
}

/// Readable lines, aligned for 80 columns and safe to print to a terminal. One formatter
/// serves every line: making one per line cost more than the rest of the listing.
struct AnswerListing {
  /// Answers to prompts it does not have are marked, so none is taken for a current answer.
  let course: Course

  /// Gregorian arithmetic rather than a `DateFormatter`, which would load ICU's locale data
  /// on every run: about a millisecond of `journal list`.
  private let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    return calendar
  }()

  func line(for answer: SavedAnswer) -> String {
    let text = DisplayWidth.fitted(
      marker(for: answer) + oneLine(answer.value, upTo: 64), width: 24)
    return "\(heading(for: answer))  \(text)"
  }

  /// The id, the day and the prompt with its revision, padded to line up.
  func heading(for answer: SavedAnswer) -> String {
    let id = DisplayWidth.padded(String(answer.id), to: 6, .right)
    let place = "\(answer.key.unitID)/\(answer.key.promptID)"
    let revision = answer.revision > 1 ? " r\(answer.revision)" : ""
    let label = DisplayWidth.padded(DisplayWidth.fitted(place + revision, width: 26), to: 26)
    return "\(id)  \(day(answer.createdAt))  \(label)"
  }

  func detail(_ answer: SavedAnswer, history: [SavedAnswer]) -> String {
    var lines = [
      "\(answer.key.unitID)/\(answer.key.promptID)  (\(answer.kind.rawValue), id \(answer.id))"
        + (course.prompt(answer.key) == nil ? "  " + Self.notInCourse : ""),
      "Revision \(answer.revision) of \(history.count), saved \(day(answer.createdAt))",
      "",
      PlainText.sanitized(answer.value.displayText),
    ]
    if history.count > 1 {
      lines += ["", "History:"]
      lines += history.map { revision in
        let marker = revision.id == answer.id ? "*" : " "
        return "\(marker) r\(revision.revision)  id \(revision.id)  \(day(revision.createdAt))  "
          + DisplayWidth.fitted(oneLine(revision.value, upTo: 96), width: 40)
      }
    }
    return lines.joined(separator: "\n")
  }

  static let notInCourse = "[not in this course]"

  func marker(for answer: SavedAnswer) -> String {
    course.prompt(answer.key) == nil ? Self.notInCourse + " " : ""
  }

  /// The answer on one line, from its first `limit` characters: a listing shows a few
  /// dozen columns, so cleaning a long answer whole would be work thrown away.
  private func oneLine(_ value: AnswerValue, upTo limit: Int) -> String {
    PlainText.oneLine(String(value.displayText.prefix(limit)))
  }

  /// `2026-03-01 14:05` in the user's time zone.
  private func day(_ date: Date) -> String {
    CalendarDate.minuteText(date, in: calendar.timeZone)
  }
}
