import ArgumentParser
import Foundation
import LeverageCore
import PlainText
import TerminalUI

/// `leverage profile [--json]`: the colleague-spotlight profile from the journal.
struct ProfileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profile", abstract: "Print your profile (fill it in from the coach).",
    discussion: """
      Examples:
        leverage profile
        leverage profile --json
      """)

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Flag(name: .long, help: "Print JSON for scripts: one field per answered question.")
  var json = false

  func run() throws {
    let course = try courseOptions.load()
    let store = try journalOptions.openExisting()
    let answers: [SavedAnswer]
    do {
      answers = try store.latestAnswers()
    } catch {
      throw UserError(message: error.message)
    }
    let spotlight = ProfileSpotlight(
      course: course,
      answers: Dictionary(answers.map { ($0.key, $0.value) }) { _, latest in latest })
    if json {
      Output.line(try ProfileJSON.encode(spotlight))
    } else if spotlight.isEmpty {
      Output.line("No profile yet: press P on the welcome or p on the course map to fill it in.")
    } else {
      for entry in spotlight.facts + spotlight.sections + spotlight.picks {
        let text = PlainText.sanitized(entry.text).replacingOccurrences(of: "\n", with: " ")
        Output.line(DisplayWidth.padded(entry.label, to: 30) + text)
      }
    }
  }
}

/// The `--json` form: an object keyed by question id; years practising is a number, every
/// other answer its text. Unanswered questions are left out.
enum ProfileJSON {
  private struct Key: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  private struct Body: Encodable {
    let spotlight: ProfileSpotlight

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      for entry in spotlight.facts + spotlight.sections + spotlight.picks {
        let key = Key(stringValue: entry.id)
        if entry.id == spotlight.inputs.yearsInPractice, let years = spotlight.yearsInPractice {
          try container.encode(years, forKey: key)
        } else {
          try container.encode(entry.text, forKey: key)
        }
      }
    }
  }

  static func encode(_ spotlight: ProfileSpotlight) throws -> String {
    try TerminalSafeJSON.encode(Body(spotlight: spotlight))
  }
}
