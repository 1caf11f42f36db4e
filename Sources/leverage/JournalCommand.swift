import ArgumentParser
import Foundation
import LeverageCore
import PlainText

struct JournalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "journal", abstract: "Read the journal of saved answers.",
    subcommands: [List.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the latest answer to every prompt, oldest first.")

    @OptionGroup var journalOptions: JournalOptions
    @Flag(name: .long, help: "Print JSON for scripts (see the README for its fields).")
    var json = false

    func run() throws {
      let store = try journalOptions.open()
      let answers: [SavedAnswer]
      do {
        answers = try store.latestAnswers()
      } catch {
        throw UserError(message: error.message)
      }
      if json {
        Output.line(try AnswerJSON.encode(answers))
      } else {
        for answer in answers { Output.line(AnswerListing.line(for: answer)) }
      }
    }
  }
}

/// The `--json` form of saved answers: stable field names, documented in the README.
enum AnswerJSON {
  private struct Row: Encodable {
    let id: Int64
    let unitId: String
    let promptId: String
    let kind: String
    let revision: Int
    let createdAt: String
    let value: AnswerValue
  }

  static func encode(_ answers: [SavedAnswer]) throws -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let rows = answers.map {
      Row(
        id: $0.id, unitId: $0.key.unitID, promptId: $0.key.promptID, kind: $0.kind,
        revision: $0.revision, createdAt: formatter.string(from: $0.createdAt), value: $0.value)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(rows), as: UTF8.self)
  }
}

/// One readable line per answer, safe to print to a terminal.
enum AnswerListing {
  static func line(for answer: SavedAnswer) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    let date = formatter.string(from: answer.createdAt)
    let place = "\(answer.key.unitID)/\(answer.key.promptID)"
    let text = PlainText.sanitized(answer.value.displayText)
      .replacingOccurrences(of: "\n", with: " ")
    let shown = text.count > 60 ? String(text.prefix(59)) + "…" : text
    return "\(date)  \(place.padding(toLength: 32, withPad: " ", startingAt: 0))  \(shown)"
  }
}
