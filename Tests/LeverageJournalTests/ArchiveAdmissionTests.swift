import CoachTestKit
import Foundation
import GRDB
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// Issue 13: import admits only what the coach would save, numbers revisions by answer time,
/// and no stored figure can make arithmetic trap.
@Suite struct ArchiveAdmissionTests {
  let scratch = ScratchFolder()
  let course = ExportFixture.course
  let salary = PromptKey(unitID: "economics", promptID: "salary")
  let story = PromptKey(unitID: "clarity", promptID: "value-story")

  private func journal(_ name: String) throws -> JournalStore {
    try JournalStore.open(path: scratch.url.appendingPathComponent(name).path)
  }

  /// One archived answer, as JSON, at `minute` past 09:00 on 2026-03-01.
  private func answer(
    _ unit: String, _ prompt: String, kind: String, value: String, revision: String = "1",
    minute: Int = 0, createdAt: String? = nil
  ) -> String {
    let time = createdAt ?? "2026-03-01T09:\(String(format: "%02d", minute)):00.000Z"
    return #"{"createdAt":"\#(time)","kind":"\#(kind)","promptId":"\#(prompt)","#
      + #""revision":\#(revision),"unitId":"\#(unit)","value":\#(value)}"#
  }

  private func archive(_ answers: [String], offers: String = "[]") -> Data {
    Data(
      (#"{"schemaVersion":1,"sessions":[],"answers":["# + answers.joined(separator: ",")
        + #"],"offers":\#(offers)}"#).utf8)
  }

  private func refusal(_ data: Data) -> ArchiveError? {
    do {
      _ = try JournalArchive.decode(data, source: "x.json", course: course)
      return nil
    } catch {
      return error
    }
  }

  @Test func aCraftedOfferOfIntMaxCentsIsRefusedWholeNamingTheFirstAndCountingTheRest() {
    let offers =
      #"[{"name":"Crafted","deleted":false,"entries":{"#
      + #""salary":{"type":"money","cents":9223372036854775807,"estimate":false},"#
      + #""loanRepayment":{"type":"money","cents":9223372036854775807,"estimate":false}}}]"#
    let error = refusal(archive([], offers: offers))
    guard case .refused(_, let problem, let more) = error else {
      Issue.record("accepted: \(String(describing: error))")
      return
    }
    #expect(problem.hasPrefix("offers[0].entries.loanRepayment does not fit its line"))
    #expect(more == 1)
    #expect(error?.message.contains("(and 1 more problem)") == true)
    #expect(error?.message.contains("\n") == false)
  }

  @Test func offerTotalsOfIntMaxCentsSaturateInsteadOfTrapping() {
    let huge = OfferEntry.money(cents: .max, isEstimate: false)
    let offer = Offer(
      id: 1, name: "Legacy",
      entries: [
        .salary: huge, .loanRepayment: huge, .signingBonus: huge, .relocation: huge,
        .cmeMoney: huge, .tailCost: .money(cents: 0, isEstimate: false),
        .wrvus: .number(1e300, isEstimate: false), .ratePerWRVU: huge,
        .clawbackYears: .number(1, isEstimate: false),
      ], createdAt: Date(), updatedAt: Date())
    let comparison = OfferComparison(offers: [offer, offer], horizonYears: 1)
    #expect(comparison.annualised[0].annualisedTotalCents == .max)
    #expect(comparison.annualised[0].productionPayCents == .max)
    #expect(!comparison.rows.isEmpty)
    let tailOnly = Offer(
      id: 2, name: "Tail",
      entries: [.tailCost: huge, .salary: .money(cents: 0, isEstimate: false)],
      createdAt: Date(), updatedAt: Date())
    #expect(
      OfferComparison(offers: [tailOnly], horizonYears: 1).annualised[0].annualisedTotalCents
        == -.max)
  }

  @Test(arguments: [
    (
      "negative money", "economics", "salary", "money", #"{"type":"money","cents":-500000}"#,
      "Enter an amount above zero"
    ),
    (
      "99 on a 1-5 scale", "flexibility-cues", "openness", "scale", #"{"type":"scale","value":99}"#,
      "Pick a number from 1 to 5"
    ),
    (
      "an option the prompt does not offer", "early-career", "fairness", "choice",
      #"{"type":"choice","selected":["Maybe"]}"#, "picks an option the prompt does not offer"
    ),
    (
      "an unknown kind", "clarity", "value-story", "hologram", #"{"type":"text","text":"hi"}"#,
      "names no kind of answer"
    ),
    (
      "a kind the prompt does not take", "clarity", "value-story", "money",
      #"{"type":"money","cents":100}"#, "is a money answer, but the prompt takes text"
    ),
    (
      "an unknown kind on a prompt the course lacks", "ghost", "prompt", "hologram",
      #"{"type":"text","text":"hi"}"#, "names no kind of answer"
    ),
    (
      "a year-0001 date", "beyond-salary", "raise-date", "date",
      #"{"type":"date","date":"0001-01-03"}"#, "Enter a date from 1900 to 2200"
    ),
    (
      "money beyond the calculator's bound on a prompt the course lacks", "ghost", "prompt",
      "money", #"{"type":"money","cents":9223372036854775807}"#, "Enter an amount from $0"
    ),
  ])
  func importRefusesWhatTheCoachRefuses(
    _ what: String, unit: String, prompt: String, kind: String, value: String, expected: String
  ) {
    let error = refusal(archive([answer(unit, prompt, kind: kind, value: value)]))
    guard case .refused(_, let problem, more: 0) = error else {
      Issue.record("\(what): \(String(describing: error))")
      return
    }
    #expect(problem.hasPrefix("answers[0].value (\(unit)/\(prompt))"), "\(what)")
    #expect(problem.contains(expected), "\(what): \(problem)")
  }

  @Test func answerTimesOutsideASaneSpanAreRefused() {
    for time in ["0001-01-03T09:00:00.000Z", "2999-01-01T00:00:00.000Z"] {
      let text = #"{"type":"text","text":"hi"}"#
      let error = refusal(
        archive([answer("clarity", "value-story", kind: "text", value: text, createdAt: time)]))
      #expect(
        error
          == .refused(
            path: "x.json", problem: "answers[0].createdAt is not between 2000 and today", more: 0))
    }
  }

  @Test func theCoachRefusesAYearZeroOneDateToo() throws {
    let prompt = try #require(
      course.prompt(PromptKey(unitID: "beyond-salary", promptID: "raise-date")))
    #expect(throws: ValidationError.self) {
      try AnswerAdmission.answer(from: .field("0001-01-03"), for: prompt).get()
    }
    #expect(try AnswerAdmission.answer(from: .field("2027-01-03"), for: prompt).get() != nil)
  }

  @Test func aRevisionOfIntMaxIsRenumberedAndLaterSavesWork() throws {
    let text = { (words: String) in #"{"type":"text","text":"\#(words)"}"# }
    let data = archive([
      answer("clarity", "value-story", kind: "text", value: text("first"), minute: 0),
      answer(
        "clarity", "value-story", kind: "text", value: text("second"),
        revision: "9223372036854775807", minute: 1),
    ])
    let store = try journal("a.sqlite")
    _ = try store.importArchive(try JournalArchive.decode(data, source: "x.json", course: course))
    #expect(try store.revisions(of: story).map(\.revision) == [1, 2])
    let saved = try store.save(.text("third"), for: story, kind: .text, at: Date())
    #expect(saved.revision == 3)
  }

  @Test func anOlderArchiveNeverChangesWhatIsCurrent() throws {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let store = try journal("a.sqlite")
    _ = try store.save(.money(cents: 40_000_000), for: salary, kind: .money, at: now)
    let older = archive([
      answer(
        "economics", "salary", kind: "money", value: #"{"type":"money","cents":30000000}"#,
        revision: "7")
    ])
    _ = try store.importArchive(
      try JournalArchive.decode(older, source: "old.json", course: course))
    #expect(try store.latestAnswerValues(of: course)[salary] == .money(cents: 40_000_000))
    #expect(
      try store.revisions(of: salary).map(\.value) == [
        .money(cents: 30_000_000), .money(cents: 40_000_000),
      ])
    #expect(
      try store.answers(ReviewQuery(latestOnly: true), offset: 0, limit: 10).map(\.value)
        == [.money(cents: 40_000_000)])
    let brief = try BriefExport.document(
      store: store, course: course, date: CalendarDate(year: 2026, month: 6, day: 1))
    #expect(brief != nil)
    // The same two answers, imported in either order, export the same bytes.
    let newer = try store.archive()
    let oneWay = try journal("b.sqlite")
    _ = try oneWay.importArchive(
      try JournalArchive.decode(older, source: "old.json", course: course))
    _ = try oneWay.importArchive(newer)
    let otherWay = try journal("c.sqlite")
    _ = try otherWay.importArchive(newer)
    _ = try otherWay.importArchive(
      try JournalArchive.decode(older, source: "old.json", course: course))
    #expect(try oneWay.archive().answers == otherWay.archive().answers)
    #expect(try oneWay.archive().answers.map(\.revision) == [1, 2])
  }

  @Test func answersToPromptsTheCourseLacksAreKeptButNeverCurrent() throws {
    let ghost = PromptKey(unitID: "ghost", promptID: "prompt")
    let data = archive([
      answer("ghost", "prompt", kind: "text", value: #"{"type":"text","text":"old course"}"#)
    ])
    let store = try journal("a.sqlite")
    #expect(
      try store.importArchive(try JournalArchive.decode(data, source: "x.json", course: course))
        .added == 1)
    #expect(try store.latestAnswerValues(of: course)[ghost] == nil)
    #expect(try store.latestAnswers().map(\.key) == [ghost])
    #expect(!course.has(ghost))
  }

  @Test func aJournalFromBeforeTheRuleIsRenumberedByTimeOnOpening() throws {
    let path = scratch.url.appendingPathComponent("legacy.sqlite").path
    let store = try JournalStore.open(path: path)
    let start = Date(timeIntervalSince1970: 1_780_000_000)
    _ = try store.save(.text("newer"), for: story, kind: .text, at: start + 60)
    _ = try store.save(.text("older"), for: story, kind: .text, at: start + 120)
    // As an import before issue 13 left it: the older answer on the highest id and revision.
    try DatabaseQueue(path: path).write { db in
      try db.execute(
        sql:
          "UPDATE answer SET createdAt = createdAt - 600, revision = 9223372036854775807 WHERE revision = 2"
      )
      try db.execute(sql: "DROP INDEX answer_on_unitId_promptId_revision")
      try db.execute(
        sql:
          "CREATE INDEX answer_on_unitId_promptId_id ON answer(unitId, promptId, id) WHERE deletedAt IS NULL"
      )
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-revisions-by-time'")
    }
    let reopened = try JournalStore.open(path: path)
    #expect(try reopened.revisions(of: story).map(\.value) == [.text("older"), .text("newer")])
    #expect(try reopened.revisions(of: story).map(\.revision) == [1, 2])
    #expect(try reopened.latestAnswers(of: [story]).map(\.value) == [.text("newer")])
  }
}

extension Course {
  fileprivate func has(_ key: PromptKey) -> Bool { prompt(key) != nil }
}
