import Foundation
import LeverageResources
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// A journal answered through most of the shipped course, one or two answers holding
/// Markdown, HTML and terminal escapes, at fixed times: what the golden exports are made of.
enum ExportFixture {
  static let course: Course = {
    guard let url = CourseResource.defaultCourseURL, let course = try? CourseLoader.load(from: url)
    else { fatalError("the shipped course must load") }
    return course
  }()

  static let date = CalendarDate(year: 2026, month: 3, day: 2)
  static let hostile = "<script>alert('x')</script> & **bold** \u{1B}]0;pwned\u{7}\u{202E}"

  static let answers: [(String, String, AnswerValue)] = [
    ("know-your-value", "skills", .list(["Robotic surgery", "# Not a heading", "1. not a list"])),
    ("know-your-value", "contributions", .list(["Cut clinic waits by 30%", "Spanish clinic"])),
    ("know-your-value", "dollar-figure", .money(cents: 45_000_000)),
    ("know-your-value", "count-figure", .number(1_200)),
    ("early-career", "measure", .choice(selected: ["wRVUs"], other: nil)),
    ("economics", "salary", .money(cents: 30_000_000)),
    ("economics", "wrvus", .number(7_000)),
    ("economics", "wrvu-rate", .money(cents: 5_500)),
    ("economics", "overhead", .percent(45)),
    ("beyond-salary", "areas", .list(["Protected admin time", "Call schedule", "CME budget"])),
    ("beyond-salary", "ranking", .list(["Call schedule", "Protected admin time", "CME budget"])),
    ("beyond-salary", "raise-date", .date(CalendarDate(year: 2026, month: 4, day: 15))),
    ("flexibility-cues", "openness", .scale(4)),
    ("clarity", "non-negotiables", .list(["1:4 call at most", "- a protected research day"])),
    ("clarity", "walk-away", .text("Below $280k base I walk.\n\n```\nrm -rf /\n```\n> quoted")),
    ("clarity", "value-story", .text(hostile)),
    (
      "clarity", "reframe",
      .template([
        TemplateFill(blank: "contribution", text: "cut waits by 30%"),
        TemplateFill(blank: "impact", text: "kept 400 patients in network"),
        TemplateFill(blank: "ask", text: "a 10% raise"),
      ])
    ),
    ("relationships", "questions", .list(["What does success look like in a year?"])),
    ("options", "alternative", .text("An offer from the group across town.")),
    ("options", "calm-line", .text("I can't agree to that today; let's find what works.")),
    ("wrap-up", "takeaways", .choice(selected: ["Framed on goals we share"], other: nil)),
    ("profile", "name", .text("Dr Ana Ruiz")),
    ("profile", "specialty", .text("Family medicine")),
  ]

  /// The journal filled in at one answer a minute from 2026-03-01 09:00 UTC, with the
  /// walk-away answered twice and a draft that must not be exported.
  static func journal(at path: String) throws -> JournalStore {
    let store = try JournalStore.open(path: path)
    let start = Date(timeIntervalSince1970: 1_772_355_600)
    for (index, (unitID, promptID, value)) in answers.enumerated() {
      let key = PromptKey(unitID: unitID, promptID: promptID)
      guard let prompt = course.prompt(key) else {
        Issue.record("no prompt \(unitID)/\(promptID)")
        continue
      }
      if promptID == "walk-away" {
        _ = try store.save(.text("Below $250k"), for: key, kind: .text, at: start)
      }
      _ = try store.save(value, for: key, kind: prompt.kind.name, at: start + Double(index * 60))
    }
    let items = try store.actionItems()
    if let first = items.first, let second = items.dropFirst().first {
      _ = try store.setDueDate(
        CalendarDate(year: 2026, month: 3, day: 20), ofActionItem: first.id, at: start)
      _ = try store.setDone(true, ofActionItem: second.id, at: start)
    }
    _ = try store.addActionItem(title: "Ask HR for the *benchmarks*", at: start)
    try store.saveDraft(
      .text("CANARY-DRAFT-123"), for: PromptKey(unitID: "options", promptID: "pause-point"),
      at: start)
    return store
  }
}
