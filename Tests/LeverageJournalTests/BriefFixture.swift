import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// A cardiologist who has answered every prompt of the shipped course at realistic length:
/// the brief the golden files hold, and the one that must fit one printed page.
enum BriefFixture {
  static let course = ExportFixture.course
  static let date = CalendarDate(year: 2026, month: 3, day: 2)

  static let answers: [(String, String, AnswerValue)] = [
    ("profile", "name", .text("Dr Maya Okafor")),
    ("profile", "specialty", .text("Cardiology")),
    ("profile", "sub-specialties", .text("Heart failure, echocardiography")),
    ("profile", "years", .number(7)),
    ("profile", "residency", .text("Internal medicine at Michigan, fellowship at Emory")),
    ("profile", "location", .text("Grand Rapids")),
    ("profile", "role", .text("Staff cardiologist, heart failure clinic lead")),
    ("profile", "essentials", .text("Running shoes, a fountain pen, my daughter's drawings")),
    ("profile", "favourites", .text("Jollof rice, Toni Morrison, the Lake Michigan shore")),
    ("profile", "leisure", .text("Choir on Thursdays, long runs on Sundays")),
    ("profile", "rituals", .text("Coffee and the day's echo list before rounds")),
    ("profile", "so-far", .text("Built a heart failure clinic from two chairs and a printer")),
    ("profile", "summer-winter", .choice(selected: ["Summer"], other: nil)),
    ("profile", "er-greys", .choice(selected: ["ER"], other: nil)),
    ("profile", "window-aisle", .choice(selected: ["Aisle"], other: nil)),
    ("profile", "rounds-shift", .choice(selected: ["Morning rounds"], other: nil)),
    ("profile", "tea-coffee", .choice(selected: ["Coffee"], other: nil)),
    ("profile", "scrubs-coat", .choice(selected: ["White coat"], other: nil)),
    (
      "know-your-value", "skills",
      .list(["Advanced heart failure care", "Transesophageal echo", "Fluent Spanish"])
    ),
    (
      "know-your-value", "contributions",
      .list([
        "Built the same-week heart failure clinic",
        "Cut 30-day readmissions for my panel from 24% to 15%",
      ])
    ),
    ("know-your-value", "dollar-figure", .money(cents: 110_000_000)),
    ("know-your-value", "count-figure", .number(1_450)),
    ("early-career", "measure", .choice(selected: ["wRVUs"], other: nil)),
    ("early-career", "standing", .number(8_900)),
    ("early-career", "fairness", .choice(selected: ["No"], other: nil)),
    ("early-career", "fairness-note", .text("The clinic's visits are not credited to me.")),
    ("early-career", "helper", .text("Dr Lindqvist, who ran the cath lab for ten years")),
    ("economics", "salary", .money(cents: 43_000_000)),
    ("economics", "revenue", .money(cents: 110_000_000)),
    ("economics", "wrvus", .number(8_900)),
    ("economics", "wrvu-rate", .money(cents: 5_200)),
    ("economics", "collections-per-wrvu", .money(cents: 11_500)),
    ("economics", "overhead", .percent(48)),
    ("economics", "downstream", .money(cents: 231_000_000)),
    ("economics", "numbers-guide", .text("Priya in the practice finance office")),
    (
      "beyond-salary", "areas",
      .list([
        "Protected time for the heart failure clinic", "A 1-in-5 call schedule",
        "A $6,000 CME budget",
      ])
    ),
    (
      "beyond-salary", "ranking",
      .list([
        "Protected time for the heart failure clinic", "A 1-in-5 call schedule",
        "A $6,000 CME budget",
      ])
    ),
    ("beyond-salary", "raise-date", .date(CalendarDate(year: 2026, month: 3, day: 12))),
    (
      "flexibility-cues", "signals",
      .text("The CMO asked twice how the clinic could grow; two partners retire next year.")
    ),
    ("flexibility-cues", "openness", .scale(4)),
    ("flexibility-cues", "use-signals", .text("Open with the clinic's growth, then the pay.")),
    (
      "clarity", "non-negotiables",
      .list([
        "No more than 1-in-5 call", "Half a day a week protected for the clinic",
        "Tail coverage paid by the practice",
      ])
    ),
    ("clarity", "walk-away", .text("Below $450,000 total, or call above 1-in-4, I stay put.")),
    (
      "clarity", "value-story",
      .text(
        "In four years I have built the only same-week heart failure clinic in the county. "
          + "Readmissions for my panel fell from 24% to 15%, and the clinic now brings in "
          + "$1.1M a year that used to go to St. Mary's.")
    ),
    (
      "clarity", "reframe",
      .template([
        TemplateFill(blank: "contribution", text: "built the same-week heart failure clinic"),
        TemplateFill(blank: "impact", text: "cut readmissions by a third and brings in $1.1M"),
        TemplateFill(blank: "ask", text: "$560,000 and half a day a week to run it"),
      ])
    ),
    ("framing", "their-priority", .choice(selected: ["Outcomes"], other: nil)),
    (
      "framing", "data",
      .list([
        "30-day readmissions down from 24% to 15% since 2023",
        "Clinic collections of $1.1M in 2025, up 38% on 2024",
        "Third-next-available appointment cut from 41 days to 9",
        "Press Ganey at the 92nd percentile",
        "MGMA median for non-invasive cardiology: $512,000",
      ])
    ),
    (
      "framing", "proposal",
      .template([
        TemplateFill(blank: "resource", text: "a second heart failure nurse"),
        TemplateFill(blank: "metric", text: "readmissions"),
        TemplateFill(blank: "percent", text: "20%"),
        TemplateFill(blank: "amount", text: "$400,000"),
      ])
    ),
    ("framing", "hard-to-refuse", .text("It pays for itself within the year.")),
    ("relationships", "start-when", .text("At my one-to-one with the CMO on 12 March")),
    ("relationships", "common-ground", .text("Fewer readmissions and a full clinic")),
    (
      "relationships", "questions",
      .list([
        "What would make the clinic a success in your eyes next year?",
        "How is the call schedule decided, and who can change it?",
        "What room is there in next year's budget for the service?",
        "What would make it easy for you to say yes?",
      ])
    ),
    (
      "options", "alternative",
      .text(
        "A signed offer from Lakeside Cardiology: $470,000 total, 1-in-6 call, starting in "
          + "September. It is 25 minutes further from home.")
    ),
    (
      "options", "calm-line",
      .text(
        "Thank you. That doesn't work for me yet; here is what would: $520,000 and the "
          + "protected half day.")
    ),
    ("options", "pause-point", .text("If call goes above 1-in-4 or pay below $450,000.")),
    (
      "rehearsal", "budget-fixed",
      .text("Then let's look at what it doesn't fix: call pay and the start date.")
    ),
    (
      "rehearsal", "standard-plan", .text("Where on the plan's steps does my echo volume place me?")
    ),
    (
      "rehearsal", "fmv-ceiling",
      .text("Which survey and year is that figure from? My call load is above it.")
    ),
    (
      "rehearsal", "percentile",
      .text("The 75th for pay; my wRVUs sit at the 80th, so the two still match.")
    ),
    (
      "rehearsal", "next-year",
      .text("Then let's write the date and the figure into the contract now.")
    ),
    ("rehearsal", "precedent", .text("Few bring a heart failure clinic that is already full.")),
    (
      "rehearsal", "signing-bonus",
      .text("Over five years the base is worth more; could it be both?")
    ),
    (
      "rehearsal", "standard-terms",
      .text("Ten miles and one year, and the tail paid by the practice.")
    ),
    ("rehearsal", "deadline", .text("I can answer by the 20th, once Lakeside has replied.")),
    (
      "rehearsal", "wrvus-below-median",
      .text("I was building a new clinic that year; the last six months are at median.")
    ),
    ("rehearsal", "silence", .text("Wait; then ask what would make it work for them.")),
    ("rehearsal", "hands-tied", .text("Who else decides, and what would help them say yes?")),
    ("rehearsal", "no-higher", .text("Then I'm not there yet: $450,000 is where I stand.")),
    ("rehearsal", "take-it-or-leave-it", .text("Thank you; then I will take the Lakeside offer.")),
    ("ladder", "alternative-worth", .money(cents: 45_000_000)),
    ("ladder", "walk-away-figure", .money(cents: 45_000_000)),
    ("ladder", "walk-away-reason", .text("Lakeside's offer, less the longer commute.")),
    ("ladder", "target", .money(cents: 52_000_000)),
    ("ladder", "target-reason", .text("MGMA median plus the clinic's $1.1M in collections.")),
    ("ladder", "anchor", .money(cents: 56_000_000)),
    ("ladder", "anchor-reason", .text("75th percentile for a clinic lead, per MGMA 2025.")),
    (
      "ladder", "trades",
      .list([
        "Cover one extra Saturday clinic a month", "Precept the new nurse practitioners",
        "Commit to three more years",
      ])
    ),
    (
      "wrap-up", "takeaways",
      .choice(
        selected: ["A clear, confident ask", "Framed on goals we share"], other: nil)
    ),
    ("debrief", "offered", .money(cents: 48_500_000)),
    ("debrief", "offered-terms", .text("1-in-5 call from July; protected time to be discussed")),
    ("debrief", "cues", .text("The CMO nodded at the readmission figures; HR must sign off.")),
    ("debrief", "next-steps", .list(["Send the readmission report to the CMO"])),
  ]

  static var answerMap: [PromptKey: AnswerValue] {
    Dictionary(
      answers.map { (PromptKey(unitID: $0.0, promptID: $0.1), $0.2) }, uniquingKeysWith: { $1 })
  }

  /// The answers saved one a minute from 2026-03-01 09:00 UTC.
  static func journal(at path: String) throws -> JournalStore {
    let store = try JournalStore.open(path: path)
    let start = Date(timeIntervalSince1970: 1_772_355_600)
    for (index, (unitID, promptID, value)) in answers.enumerated() {
      let key = PromptKey(unitID: unitID, promptID: promptID)
      guard let prompt = course.prompt(key) else {
        Issue.record("no prompt \(unitID)/\(promptID)")
        continue
      }
      _ = try store.save(value, for: key, kind: prompt.kind.name, at: start + Double(index * 60))
    }
    return store
  }
}
