import Foundation

/// Checks an archive against the course before anything is imported, so an archive is
/// taken whole or not at all: the structure (ids, times, references), every answer through
/// `AnswerAdmission` as the coach would check it, action items, and every offer entry as the
/// offers screen would read it. Only the first problem is kept, with a count of the rest.
struct ArchiveAdmission {
  /// The first problem found, and how many there are in all.
  struct Problems {
    private(set) var first: String?
    private(set) var count = 0

    mutating func add(_ problem: String) {
      if first == nil { first = problem }
      count += 1
    }
  }

  /// Answers and sessions before 2000 predate Leverage by decades: a mangled time.
  static let earliestSeconds: Double = 946_684_800
  /// A clock a little ahead of this one is forgiven; an answer from further in the future
  /// would stay "latest" over everything typed until then.
  static let futureSlackSeconds: Double = 86_400

  let course: Course
  /// The real clock, never `LEVERAGE_NOW`: an import run under a clock set years ahead
  /// would otherwise plant answers that stay "latest" for good.
  let now: Date

  func problems(in archive: JournalArchive) -> Problems {
    var problems = Problems()
    let sessionIDs = check(archive.sessions, into: &problems)
    for (index, answer) in archive.answers.enumerated() {
      check(answer, at: "answers[\(index)]", sessionIDs: sessionIDs, into: &problems)
    }
    checkAllButAnswers(archive, into: &problems)
    return problems
  }

  /// Checks the sessions; returns their ids, which answers may name.
  func check(_ sessions: [JournalArchive.Session], into problems: inout Problems) -> Set<Int64> {
    var sessionIDs = Set<Int64>()
    for (index, session) in sessions.enumerated() {
      let place = "sessions[\(index)]"
      if !sessionIDs.insert(session.id).inserted {
        problems.add("\(place) repeats id \(session.id)")
      }
      check(session.startedAt, at: "\(place).startedAt", into: &problems)
      check(session.finishedAt, at: "\(place).finishedAt", into: &problems)
      check(
        session.finishedAt, notBefore: session.startedAt,
        at: ("\(place).finishedAt", "startedAt"), into: &problems)
    }
    return sessionIDs
  }

  /// The action items, offers and skip marks.
  func checkAllButAnswers(_ archive: JournalArchive, into problems: inout Problems) {
    for (index, item) in (archive.actionItems ?? []).enumerated() {
      let place = "actionItems[\(index)]"
      if item.title.allSatisfy(\.isWhitespace) { problems.add("\(place).title is empty") }
      if let due = item.dueDate {
        if let day = CalendarDate(iso: due) {
          if !AnswerAdmission.years.contains(day.year) {
            problems.add("\(place).dueDate is outside the years \(Self.yearSpan)")
          }
        } else {
          problems.add("\(place).dueDate is not a day like 2026-03-01")
        }
      }
    }
    for (index, offer) in (archive.offers ?? []).enumerated() {
      check(offer, at: "offers[\(index)]", into: &problems)
    }
    for (index, skip) in (archive.skipped ?? []).enumerated()
    where skip.unitId.isEmpty || skip.promptId.isEmpty {
      problems.add("skipped[\(index)] has an empty unitId or promptId")
    }
  }

  private static var yearSpan: String {
    "\(AnswerAdmission.years.lowerBound)-\(AnswerAdmission.years.upperBound)"
  }

  func check(
    _ answer: JournalArchive.Answer, at place: String, sessionIDs: Set<Int64>,
    into problems: inout Problems
  ) {
    guard !answer.unitId.isEmpty, !answer.promptId.isEmpty, !answer.kind.isEmpty else {
      problems.add("\(place) has an empty unitId, promptId or kind")
      return
    }
    // The number itself is never trusted (the import numbers revisions afresh); below 1
    // it was never written by Leverage.
    if answer.revision < 1 { problems.add("\(place).revision is below 1") }
    if let sessionID = answer.sessionId, !sessionIDs.contains(sessionID) {
      problems.add("\(place).sessionId names no session")
    }
    check(answer.createdAt, at: "\(place).createdAt", into: &problems)
    check(answer.deletedAt, at: "\(place).deletedAt", into: &problems)
    check(
      answer.deletedAt, notBefore: answer.createdAt, at: ("\(place).deletedAt", "createdAt"),
      into: &problems)
    let key = PromptKey(unitID: answer.unitId, promptID: answer.promptId)
    if let problem = AnswerAdmission.problem(
      with: answer.value, kind: answer.kind, for: course.prompt(key))
    {
      problems.add("\(place).value (\(key.unitID)/\(key.promptID)) \(problem)")
    }
  }

  /// Each entry must be one the offers screen reads back from its own edit text.
  private func check(_ offer: JournalArchive.Offer, at place: String, into problems: inout Problems)
  {
    if offer.name.allSatisfy(\.isWhitespace) { problems.add("\(place).name is empty") }
    for key in offer.entries.keys.sorted() {
      guard let entry = offer.entries[key] else { continue }
      guard let line = OfferLine(rawValue: key) else {
        problems.add("\(place).entries.\(key) names no offer line")
        continue
      }
      switch OfferEntry.parse(entry.editText, for: line) {
      case .success(let readBack?) where readBack == entry:
        continue
      case .failure(let error):
        problems.add("\(place).entries.\(key) does not fit its line: \(error.message)")
      default:
        problems.add("\(place).entries.\(key) does not fit its line")
      }
    }
  }

  /// An answer deleted before it was written, or a session that ended before it began,
  /// was never written by Leverage.
  private func check(
    _ later: String?, notBefore earlier: String, at place: (field: String, earlier: String),
    into problems: inout Problems
  ) {
    guard let later, let end = ArchiveTimestamp.seconds(from: later),
      let start = ArchiveTimestamp.seconds(from: earlier), end < start
    else { return }
    problems.add("\(place.field) is before its \(place.earlier)")
  }

  private func check(_ timestamp: String?, at place: String, into problems: inout Problems) {
    guard let timestamp else { return }
    guard let seconds = ArchiveTimestamp.seconds(from: timestamp) else {
      problems.add("\(place) is not a UTC time like 2026-03-01T09:00:00.000Z")
      return
    }
    let latest = now.timeIntervalSince1970 + Self.futureSlackSeconds
    if !(Self.earliestSeconds...latest).contains(seconds) {
      problems.add("\(place) is not between 2000 and today")
    }
  }
}
