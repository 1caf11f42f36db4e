import Foundation
import LeverageCore

/// Prints answers as lines for a person (through the pager) or as a JSON array, each as the
/// journal hands it over: the whole journal is never held, as lines or as JSON.
enum AnswerOutput {
  /// `answers` calls its argument with each answer in turn while it returns true; `line`
  /// is an answer's text for a person, ending in a line break or not.
  static func stream<Failure: Error>(
    json: Bool, course: Course, line: @escaping (SavedAnswer) -> String,
    _ answers: ((SavedAnswer) -> Bool) throws(Failure) -> Void
  ) throws {
    var encodingFailure: (any Error)?
    try Output.streamed(paged: !json) { (sink) throws(Failure) in
      var rows = JSONArrayWriter<AnswerJSON.Row>()
      if json { sink.write(rows.opening) }
      try answers { answer in
        guard json else {
          let text = line(answer)
          return sink.write(text.hasSuffix("\n") ? text : text + "\n")
        }
        do {
          let batch = try rows.add(AnswerJSON.Row(answer, course: course))
          return batch.isEmpty || sink.write(batch)
        } catch {
          encodingFailure = error
          return false
        }
      }
      guard json, encodingFailure == nil else { return }
      do {
        sink.write(try rows.closing() + "\n")
      } catch {
        encodingFailure = error
      }
    }
    if let encodingFailure { throw encodingFailure }
  }
}

/// The `--json` form of saved answers: stable field names, documented in the README.
enum AnswerJSON {
  struct Row: Encodable {
    let id: Int64
    let unitId: String
    let promptId: String
    let kind: String
    let revision: Int
    let createdAt: String
    let value: AnswerValue
    /// False for a prompt the course does not have (imported from another version of the
    /// course): kept, but never a current answer.
    let inCourse: Bool

    init(_ answer: SavedAnswer, course: Course) {
      id = answer.id
      unitId = answer.key.unitID
      promptId = answer.key.promptID
      kind = answer.kind.rawValue
      revision = answer.revision
      createdAt = ArchiveTimestamp.string(fromSeconds: answer.createdAt.timeIntervalSince1970)
      value = answer.value
      inCourse = course.prompt(answer.key) != nil
    }
  }

  private struct Detail: Encodable {
    let answer: Row
    let history: [Row]
  }

  static func encodeDetail(
    _ answer: SavedAnswer, history: [SavedAnswer], course: Course
  ) throws -> String {
    try encoded(
      Detail(
        answer: Row(answer, course: course), history: history.map { Row($0, course: course) }))
  }

  private static func encoded(_ value: some Encodable) throws -> String {
    try TerminalSafeJSON.encode(value)
  }
}
