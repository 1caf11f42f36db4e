import ArgumentParser
import CursesBackend
import Foundation
import LeverageApp
import LeverageCore
import LeverageJournal

/// The TUI: opens the journal, starts curses, and runs the coach until the user quits.
struct CoachCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coach", abstract: "Walk through the course (the default command).",
    discussion: """
      Examples:
        leverage coach
        leverage coach --journal ~/work.sqlite
      """)

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Flag(
    name: .long,
    help: "Quit as soon as the first screen is drawn, saving nothing (to time the start).")
  var exitAfterFirstFrame = false

  func run() throws {
    // Refuse before touching the journal or the screen, so a script gets a clean message.
    do {
      try CursesTerminal.checkEnvironment()
    } catch {
      throw UserError(message: error.message)
    }
    let course = try courseOptions.load()
    let store = try journalOptions.open()
    // Held until the process ends: a restore must not replace the journal on screen.
    let lock: JournalLock
    do {
      lock = try JournalLock.coach(journal: store.path)
    } catch {
      throw UserError(message: error.message)
    }
    let state: CoachState
    let now = Clock.now()
    do throws(JournalError) {
      state = CoachState(
        course: course, answers: try store.latestAnswerValues(of: course),
        drafts: try store.drafts(), place: try store.place(),
        actionItems: try store.actionItems(), today: CalendarDate(now(), in: .current),
        cueLog: try store.cueLog(course: course), offers: try store.offers(),
        skipped: try store.skippedPrompts())
    } catch {
      throw UserError(message: error.message)
    }
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal.start()
    } catch {
      throw UserError(message: error.message)
    }
    var loop = AppLoop(
      terminal: terminal, runner: EffectRunner(store: store, now: now), state: state)
    let status = withExtendedLifetime(lock) { loop.run(exitAfterFirstFrame: exitAfterFirstFrame) }
    terminal.stop()
    if status != 0 { throw ExitCode(status) }
  }
}

/// The time answers are stamped with: the real clock, or `LEVERAGE_NOW` (ISO 8601, with or
/// without milliseconds) so demos and tests are repeatable.
enum Clock {
  static func now(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> @Sendable () -> Date
  {
    if let fixed = environment["LEVERAGE_NOW"].flatMap(fixedTime) { return { fixed } }
    return { Date() }
  }

  /// What is wrong with `LEVERAGE_NOW`, checked once at start: a time that is silently
  /// ignored would stamp answers with the real clock while the user thinks otherwise.
  static func problem(environment: [String: String]) -> String? {
    guard let text = environment["LEVERAGE_NOW"], fixedTime(text) == nil else { return nil }
    return "LEVERAGE_NOW must be a time like 2026-03-01T09:30:00Z or 2026-03-01T09:30:00.250Z "
      + "(found \(text)); unset it to use the clock."
  }

  /// Exactly `2026-03-01T09:30:00Z` or `2026-03-01T09:30:00.250Z`, a real day and time: a
  /// date parser's leniency would take `…Zjunk` or February 29th of a common year.
  private static func fixedTime(_ text: String) -> Date? {
    let withMilliseconds =
      text.utf8.count == 20 && text.hasSuffix("Z") ? text.dropLast() + ".000Z" : text
    return ArchiveTimestamp.seconds(from: withMilliseconds).map(Date.init(timeIntervalSince1970:))
  }
}
