import Foundation
import LeverageCore
import PlainText
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `journal search`'s plain output: each answer's id, day and prompt (its step and question,
/// as the review lists it, not the course's ids), then on the next line the snippet around
/// the words it matched, both as wide as the terminal. On a terminal the matched words are
/// bold and underlined; in a pipe the text is plain.
struct SearchListing {
  /// The snippet's indent, under the heading's day.
  static let indent = 8
  private static let highlightOn = "\u{1B}[1;4m"
  private static let highlightOff = "\u{1B}[22;24m"

  let query: String
  let width: Int
  let highlighted: Bool
  /// Where each prompt sits in the course, made once for every answer listed.
  let outline: CourseOutline

  /// The listing for standard output as it is now: its width and whether it is a terminal.
  static func forStandardOutput(query: String, course: Course, environment: [String: String])
    -> SearchListing
  {
    let terminal = isatty(STDOUT_FILENO) == 1
    let width = terminal ? terminalWidth() : nil
    return SearchListing(
      query: query, width: width ?? columnsVariable(environment) ?? 80, highlighted: terminal,
      outline: CourseOutline(course: course))
  }

  /// One answer's two lines, each ended by a line break.
  func entry(for answer: SavedAnswer) -> String {
    heading(for: answer, outline: outline) + "\n" + String(repeating: " ", count: Self.indent)
      + snippet(of: answer) + "\n"
  }

  /// `    12  2026-03-01 14:05  8 Where might you find common ground? (r2)`, cut to the width.
  private func heading(for answer: SavedAnswer, outline: CourseOutline) -> String {
    let id = DisplayWidth.padded(String(answer.id), to: 6, .right)
    let day = CalendarDate.minuteText(answer.createdAt, in: .current)
    let revision = answer.revision > 1 ? " (r\(answer.revision))" : ""
    let start = "\(id)  \(day)  "
    let title = PlainText.oneLine(outline.label(of: answer.key)) + revision
    return start + DisplayWidth.fitted(title, width: width - DisplayWidth.of(start) - 1)
  }

  private func snippet(of answer: SavedAnswer) -> String {
    // One column spare: a terminal wraps a line that fills its last column.
    let snippet = SearchSnippet(
      of: answer.value.displayText, query: query, width: width - Self.indent - 1,
      columns: DisplayWidth.of)
    guard highlighted else { return snippet.text }
    var text = ""
    var cursor = snippet.text.startIndex
    for match in snippet.matches {
      text +=
        snippet.text[cursor..<match.lowerBound] + Self.highlightOn
        + snippet.text[match] + Self.highlightOff
      cursor = match.upperBound
    }
    return text + snippet.text[cursor...]
  }

  private static func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// `COLUMNS`, which a shell sets for a pipe whose reader knows the width (`| less`).
  private static func columnsVariable(_ environment: [String: String]) -> Int? {
    environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
  }
}
