import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// Issue 24: an archive is read answer by answer, in one transaction, and every field it
/// carries passes the checks the coach applies.
@Suite struct StreamingImportTests {
  let scratch = ScratchFolder()
  let course = ExportFixture.course

  private func write(_ text: String, to name: String = "a.json") throws -> String {
    let path = scratch.url.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private func answer(
    _ unit: String, _ prompt: String, kind: String, value: String,
    createdAt: String = "2026-03-01T09:00:00.000Z", deletedAt: String? = nil
  ) -> String {
    let deleted = deletedAt.map { #","deletedAt":"\#($0)""# } ?? ""
    return #"{"createdAt":"\#(createdAt)"\#(deleted),"kind":"\#(kind)","promptId":"\#(prompt)","#
      + #""revision":1,"unitId":"\#(unit)","value":\#(value)}"#
  }

  private func archive(_ answers: [String]) -> String {
    #"{"answers":["# + answers.joined(separator: ",") + #"],"schemaVersion":1,"sessions":[]}"#
  }

  /// Imports `text` through the streaming path into a new journal.
  private func importing(_ text: String) throws -> ImportReport {
    let pending = try PendingImport.prepare(path: try write(text), course: course, now: Date())
    let store = try JournalStore.open(path: scratch.path)
    return try store.importArchive(pending)
  }

  private func refusal(_ text: String) -> String? {
    do {
      _ = try importing(text)
      return nil
    } catch let error as ArchiveError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test(arguments: [
    (
      "words in a percent blank",
      #"{"type":"template","blanks":[{"blank":"resource","text":"a scribe"},"#
        + #"{"blank":"metric","text":"note time"},{"blank":"percent","text":"a third"},"#
        + #"{"blank":"amount","text":"$40,000"}]}"#, "framing", "proposal", "template",
      "The blank [percent]"
    ),
    (
      "words in an amount blank",
      #"{"type":"template","blanks":[{"blank":"resource","text":"a scribe"},"#
        + #"{"blank":"metric","text":"note time"},{"blank":"percent","text":"15%"},"#
        + #"{"blank":"amount","text":"a nurse's salary"}]}"#, "framing", "proposal", "template",
      "The blank [amount]"
    ),
    (
      "wRVUs of 5e-324", #"{"type":"number","value":5e-324}"#, "economics", "wrvus", "number",
      "at most 6 decimals"
    ),
  ])
  func aValueTheCoachRefusesIsRefused(
    _ what: String, value: String, unit: String, prompt: String, kind: String,
    reason: String
  ) throws {
    let message = try #require(
      refusal(archive([answer(unit, prompt, kind: kind, value: value)])), "\(what)")
    #expect(message.contains("answers[0].value (\(unit)/\(prompt))"), "\(message)")
    #expect(message.contains(reason), "\(message)")
    #expect(message.hasSuffix("nothing was imported."))
    #expect(try JournalStore.open(path: scratch.path).latestAnswers().isEmpty)
  }

  @Test func anAnswerDeletedBeforeItWasWrittenIsRefused() {
    let text = #"{"type":"text","text":"kept"}"#
    let message = refusal(
      archive([
        answer(
          "clarity", "value-story", kind: "text", value: text,
          createdAt: "2026-03-01T09:00:00.000Z", deletedAt: "2026-02-01T09:00:00.000Z")
      ]))
    #expect(message?.contains("answers[0].deletedAt is before its createdAt") == true)
  }

  @Test func anAnswerFromTheFutureOfTheRealClockIsRefused() {
    let text = #"{"type":"text","text":"from 2100"}"#
    let message = refusal(
      archive([
        answer("clarity", "value-story", kind: "text", value: text),
        answer(
          "clarity", "value-story", kind: "text", value: text,
          createdAt: "2100-01-01T00:00:00.000Z"),
      ]))
    #expect(message?.contains("answers[1].createdAt is not between 2000 and today") == true)
  }

  @Test func aRefusalAfterManyGoodAnswersLeavesTheJournalAsItWas() throws {
    let good = (0..<1_500).map { index in
      answer(
        "clarity", "value-story", kind: "text", value: #"{"type":"text","text":"a\#(index)"}"#,
        createdAt: ArchiveTimestamp.string(fromSeconds: 1_700_000_000 + Double(index)))
    }
    let bad = answer("economics", "wrvus", kind: "number", value: #"{"type":"number","value":-1}"#)
    #expect(refusal(archive(good + [bad])) != nil)
    #expect(try JournalStore.open(path: scratch.path).latestAnswers().isEmpty)
    #expect(try importing(archive(good)).added == 1_500)
  }

  @Test func standardInputIsReadThroughATemporaryCopy() throws {
    let text = archive([
      answer("clarity", "value-story", kind: "text", value: #"{"type":"text","text":"piped"}"#)
    ])
    let path = try write(text)
    let saved = dup(STDIN_FILENO)
    let input = open(path, O_RDONLY)
    dup2(input, STDIN_FILENO)
    close(input)
    let pending = Result { try PendingImport.prepare(path: "-", course: course, now: Date()) }
    dup2(saved, STDIN_FILENO)
    close(saved)
    let store = try JournalStore.open(path: scratch.path)
    #expect(try store.importArchive(try pending.get()).added == 1)
    #expect(try store.latestAnswers().map(\.value) == [.text("piped")])
  }

  @Test func aDamagedOrForeignFileSaysWhereInOneLine() {
    let cases: [(String, String)] = [
      ("", "the file ends before the archive does"),
      (String(repeating: "\0", count: 64), "not valid JSON near byte 0"),
      (#"{"schemaVersion":1,"sessions":[],"answers":[{}]"#, "the file ends"),
      (#"{"schemaVersion":1,"sessions":[],"answers":[1,]}"#, "not valid JSON near byte"),
      (#"{"schemaVersion":1,"sessions":[],"answers":[],"answers":[]}"#, "appears twice"),
      (#"{"schemaVersion":1,"sessions":[],"answers":[{"unitId":3}]}"#, "bad value at answers[0]"),
    ]
    for (text, detail) in cases {
      let message = refusal(text)
      #expect(message?.contains(detail) == true, "\(text): \(message ?? "imported")")
    }
    #expect(refusal(#"{"sessions":[],"answers":[]}"#)?.contains("no schemaVersion") == true)
  }
}
