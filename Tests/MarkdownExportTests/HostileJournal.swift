import Foundation
import LeverageResources

@testable import LeverageCore

/// Every place user text goes, filled with one hostile string: every prompt of the shipped
/// course (text, list items, a choice's "other", template blanks, the profile), two offers'
/// names and their text cell, and an action item's title.
struct HostileJournal {
  static let course: Course = {
    guard let url = CourseResource.defaultCourseURL, let course = try? CourseLoader.load(from: url)
    else { fatalError("the shipped course must load") }
    return course
  }()

  static let date = CalendarDate(year: 2026, month: 3, day: 2)

  let text: String
  let answers: [PromptKey: AnswerValue]

  init(text: String) {
    self.text = text
    var answers: [PromptKey: AnswerValue] = [:]
    for unit in Self.course.units {
      for prompt in unit.prompts {
        answers[PromptKey(unitID: unit.id, promptID: prompt.id)] = Self.answer(to: prompt, text)
      }
    }
    self.answers = answers
  }

  var offers: [Offer] {
    let stamp = Date(timeIntervalSince1970: 0)
    return [
      Offer(
        id: 1, name: text,
        entries: [
          .salary: .money(cents: 40_000_000, isEstimate: true), .nonCompete: .text(text),
          .noticeMonths: .number(6, isEstimate: false),
        ], createdAt: stamp, updatedAt: stamp),
      Offer(
        id: 2, name: "Current job " + text,
        entries: [.salary: .money(cents: 38_000_000, isEstimate: false)], createdAt: stamp,
        updatedAt: stamp),
    ]
  }

  var actionItems: [ActionItem] {
    let stamp = Date(timeIntervalSince1970: 0)
    return [
      ActionItem(
        id: 1, title: text, dueDate: CalendarDate(year: 2026, month: 3, day: 1), createdAt: stamp,
        updatedAt: stamp),
      ActionItem(id: 2, title: text, doneAt: stamp, createdAt: stamp, updatedAt: stamp),
    ]
  }

  var summary: SummaryDocument {
    SummaryDocument(
      course: Self.course, answers: answers, date: Self.date,
      preparedFor: ProfileSpotlight(course: Self.course, answers: answers).byline,
      actionItems: actionItems,
      offers: offers)
  }

  var brief: BriefDocument? {
    BriefDocument(
      course: Self.course, answers: answers, generatedOn: Self.date,
      preparedFor: ProfileSpotlight(course: Self.course, answers: answers).byline, offers: offers)
  }

  private static func answer(to prompt: Prompt, _ text: String) -> AnswerValue {
    switch prompt.kind {
    case .text: .text(text)
    case .list: .list([text, "plain item", text])
    case .choice(let rule):
      .choice(selected: Array(rule.options.prefix(1)), other: rule.allowsOther ? text : nil)
    case .template(let template):
      .template(template.blanks.map { TemplateFill(blank: $0, text: text) })
    case .scale(let rule): .scale(rule.minimum)
    case .money: .money(cents: 45_000_000)
    case .percent: .percent(45)
    case .number: .number(1_200)
    case .date: .date(CalendarDate(year: 2026, month: 4, day: 15))
    }
  }
}
