import ArgumentParser
import LeverageCore
import PlainText

/// `leverage rehearse --list [--json]`: each pushback the course rehearses, with the principle
/// that answers it, her prepared reply and how often she has practised it.
struct RehearseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rehearse", abstract: "List the pushbacks to rehearse and your prepared replies.",
    discussion: """
      Each pushback is something the other side may say, with the principle
      that answers it and the reply you wrote in the coach. The practice
      count is 0 for every pushback until the coach has a drill to practise
      them in.

      Examples:
        leverage rehearse --list
        leverage rehearse --list --json
      """)

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Flag(name: .long, help: "List each pushback, its principle, your reply and its practice count.")
  var list = false
  @Flag(name: .long, help: "Print JSON for scripts: [] when the course has no pushbacks.")
  var json = false

  func validate() throws {
    guard list else {
      throw ArgumentParser.ValidationError(
        "rehearse takes --list for now; answer the pushbacks in the coach.")
    }
  }

  func run() throws {
    let course = try courseOptions.load()
    let store = try journalOptions.openExisting()
    let answers: [PromptKey: AnswerValue]
    do {
      answers = try store.latestAnswerValues(of: course)
    } catch {
      throw UserError(message: error.message)
    }
    let entries = RehearsalListing.entries(course: course, answers: answers)
    if json {
      Output.line(try TerminalSafeJSON.encode(entries))
    } else if entries.isEmpty {
      Output.line("This course has no pushbacks to rehearse.")
    } else {
      Output.paged(RehearsalListing.text(entries))
    }
  }
}

/// One pushback as `rehearse --list` shows it, in text or JSON.
struct RehearsalEntry: Encodable, Equatable {
  /// `unit-id/prompt-id`, as `journal show` takes it.
  var prompt: String
  var pushback: String
  var principle: String
  var cue: String
  /// Absent when she has not written one yet.
  var reply: String?
  /// 0 until the drill exists to count them.
  var practised: Int
}

enum RehearsalListing {
  static func entries(course: Course, answers: [PromptKey: AnswerValue]) -> [RehearsalEntry] {
    course.pushbacks.map { key, prompt, pushback in
      RehearsalEntry(
        prompt: key.reference, pushback: PlainText.sanitized(prompt.question),
        principle: pushback.principle.rawValue, cue: PlainText.sanitized(pushback.cue),
        reply: answers[key].map { PlainText.sanitized($0.displayText) }, practised: 0)
    }
  }

  /// A paragraph a pushback: their line, the principle and cue, her reply, the count.
  static func text(_ entries: [RehearsalEntry]) -> String {
    entries.map { entry in
      let principle = Principle(rawValue: entry.principle)?.title ?? entry.principle
      let reply = entry.reply.map { "  I will say: " + indented($0) } ?? "  No reply yet."
      return "\(entry.pushback)\n  Principle: \(principle) · \(entry.cue)\n\(reply)\n"
        + "  Practised \(entry.practised) times\n"
    }.joined(separator: "\n")
  }

  /// Her reply's later lines under its first, so a paragraph break stays inside the entry.
  private static func indented(_ text: String) -> String {
    text.replacingOccurrences(of: "\n", with: "\n    ")
  }
}
