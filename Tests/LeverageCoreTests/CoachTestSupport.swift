import Foundation
import LeverageCore

/// A small course with one prompt of each kind the tests walk through.
enum TestCourse {
  static let course = Course(
    title: "Test",
    welcome: Welcome(title: "Welcome", body: "Hello."),
    parts: [
      Part(
        id: "one", title: "Part one", summary: "", numbered: true,
        units: [
          Unit(
            id: "value", title: "Value", idea: "Know it.",
            prompts: [
              Prompt(id: "skills", question: "Skills?", kind: .list(ListRule(minimum: 1))),
              Prompt(id: "story", question: "Story?", kind: .text(minLength: 0)),
              Prompt(id: "pay", question: "Pay?", kind: .money(maximum: 50_000_000)),
            ]),
          Unit(
            id: "cues", title: "Cues", idea: "Read them.",
            prompts: [
              Prompt(
                id: "open", question: "How open?",
                kind: .scale(
                  ScaleRule(minimum: 1, maximum: 5, minimumLabel: "closed", maximumLabel: "open"))),
              Prompt(
                id: "measure", question: "Measure?",
                kind: .choice(ChoiceRule(options: ["wRVUs", "Visits"], allowsOther: true))),
            ]),
        ]),
      Part(
        id: "end", title: "Wrap-up", summary: "", numbered: false,
        units: [
          Unit(
            id: "wrap", title: "Wrap-up", idea: "Done.",
            prompts: [
              Prompt(
                id: "note", question: "Anything else?", kind: .text(minLength: 0),
                required: false)
            ])
        ]),
    ])

  static func fresh() -> CoachState {
    CoachState(course: course, answers: [:], drafts: [:], place: nil)
  }

  static let skills = PromptKey(unitID: "value", promptID: "skills")
  static let story = PromptKey(unitID: "value", promptID: "story")
  static let pay = PromptKey(unitID: "value", promptID: "pay")
  static let open = PromptKey(unitID: "cues", promptID: "open")
  static let measure = PromptKey(unitID: "cues", promptID: "measure")
  static let note = PromptKey(unitID: "wrap", promptID: "note")
}

extension CoachState {
  var currentKey: PromptKey? { editor?.key }
}
