import PlainText

extension SummaryDocument {
  /// The summary of `answers` (the latest of each prompt): numbered parts with every answer
  /// under its prompt, the economics worked out, the negotiation plan, the offers side by
  /// side if any, then the wrap-up as checklists and the action items. `preparedFor` names
  /// the user when a profile exists.
  public init(
    course: Course, answers: [PromptKey: AnswerValue], date: CalendarDate,
    preparedFor: String? = nil, actionItems: [ActionItem] = [], offers: [Offer] = []
  ) {
    let clean = PlainText.sanitized
    self.title = "Negotiation summary"
    self.date = date
    self.preparedFor = preparedFor.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    self.courseTitle = clean(course.title)
    let outline = CourseOutline(course: course)
    let answered = { (unit: Unit) in
      unit.prompts.compactMap { prompt -> Entry? in
        answers[PromptKey(unitID: unit.id, promptID: prompt.id)].map {
          Entry(label: clean(prompt.question), content: Self.content($0, kind: prompt.kind))
        }
      }
    }
    var sections: [Section] = []
    for (partIndex, part) in course.parts.enumerated() where part.numbered {
      let groups = outline.stops.filter { $0.partIndex == partIndex }.map { stop in
        let heading = stop.stepNumber.map { "Step \($0) · " } ?? ""
        return Group(
          heading: clean(heading + stop.unit.title), entries: answered(stop.unit),
          emptyNote: "No answers yet.")
      }
      sections.append(Section(heading: clean(part.title), groups: groups))
    }
    sections.append(Self.economics(course: course, answers: answers))
    sections.append(Self.negotiationPlan(course: course, answers: answers))
    if !offers.isEmpty {
      sections.append(
        Self.offersSection(
          offers, ladder: OfferLadder(course: course, answers: answers, offers: offers)))
    }
    // The profile heads the summary through `preparedFor`, not as a section of questions.
    for part in course.parts where !part.numbered {
      let units = part.units.filter { $0.profile == nil }
      if units.isEmpty { continue }
      let groups = units.map { unit in
        Group(
          heading: clean(unit.title),
          entries: unit.prompts.compactMap { prompt in
            answers[PromptKey(unitID: unit.id, promptID: prompt.id)].map {
              Entry(label: clean(prompt.question), content: Self.checklist($0, kind: prompt.kind))
            }
          }, emptyNote: "No answers yet.")
      }
      sections.append(Section(heading: clean(part.title), groups: groups))
    }
    if !actionItems.isEmpty {
      let lines = ActionItemsDigest.ordered(actionItems).map { Self.actionLine($0, today: date) }
      sections.append(
        Section(
          heading: "Action items",
          groups: [Group(heading: nil, entries: [Entry(label: nil, content: .actions(lines))])]))
    }
    self.sections = sections
  }

  /// An item as it stands on `today`: overdue and due soon marked, done ones said so.
  static func actionLine(_ item: ActionItem, today: CalendarDate) -> ActionLine {
    let standing = ActionItemsDigest.standing(of: item, today: today)
    let due = ActionItemsDigest.dueText(of: item, today: today).map { text in
      item.dueDate.map { "\(text) (\($0.iso))" } ?? text
    }
    let isUrgent =
      switch standing {
      case .overdue, .dueSoon: true
      case .done, .undated, .later: false
      }
    return ActionLine(
      title: PlainText.sanitized(item.title), status: item.isDone ? "done" : due,
      isUrgent: isUrgent)
  }

  private static func economics(course: Course, answers: [PromptKey: AnswerValue]) -> Section {
    let heading = "The economics of your role"
    let units = course.units.filter { $0.economics != nil }
    let groups = units.compactMap { unit -> Group? in
      guard let inputs = unit.economics else { return nil }
      guard
        let figures = EconomicsCalculator.figures(
          from: unit.answers(in: answers), inputs: inputs,
          specialty: course.specialty(answers: answers))
      else {
        return Group(
          heading: nil, entries: [],
          emptyNote: "Not enough figures yet: your pay, then your collections or wRVUs.")
      }
      let explanation = EconomicsCalculator.explanation(of: figures)
      return Group(
        heading: nil,
        entries: [
          Entry(label: nil, content: .figures(explanation.lines)),
          Entry(label: nil, content: .text(explanation.conclusion)),
        ], emptyNote: nil)
    }
    return Section(heading: heading, groups: groups)
  }

  private static func negotiationPlan(course: Course, answers: [PromptKey: AnswerValue])
    -> Section
  {
    let entries = course.summaryPlan.compactMap { line -> Entry? in
      guard let prompt = course.prompt(line.prompt) else { return nil }
      let content = answers[line.prompt].map { Self.content($0, kind: prompt.kind) } ?? .missing
      return Entry(label: line.label, content: content)
    }
    return Section(
      heading: "My negotiation plan",
      groups: [Group(heading: nil, entries: entries, emptyNote: "No plan items in this course.")])
  }

  static func content(_ value: AnswerValue, kind: PromptKind) -> Content {
    let clean = PlainText.sanitized
    switch (value, kind) {
    case (.list(let items), .list(let rule)):
      return .items(items.map(clean), ordered: rule.rankFrom != nil)
    case (.choice(let selected, let other), _):
      let all = selected + (other.map { ["Other: \($0)"] } ?? [])
      return all.count == 1 ? .text(clean(all[0])) : .items(all.map(clean), ordered: false)
    case (.scale(let value), .scale(let rule)):
      return .text(
        "\(value) on a scale from \(rule.minimum) (\(clean(rule.minimumLabel))) "
          + "to \(rule.maximum) (\(clean(rule.maximumLabel)))")
    case (.number, .number(let unit?)):
      return .text("\(value.displayText) \(clean(unit))")
    case (.template(let fills), .template(let template)):
      return .text(clean(template.filled(with: fills)))
    default:
      return .text(clean(value.displayText))
    }
  }

  /// In the wrap-up a choice is the takeaways to tick before the meeting: every option
  /// shows, the chosen ones ticked. Anything else reads as elsewhere: trades and next steps
  /// are a plain list, not boxes to tick.
  static func checklist(_ value: AnswerValue, kind: PromptKind) -> Content {
    let clean = PlainText.sanitized
    guard case (.choice(let selected, let other), .choice(let rule)) = (value, kind) else {
      return content(value, kind: kind)
    }
    var items = rule.options.map { CheckItem(text: clean($0), done: selected.contains($0)) }
    if let other { items.append(CheckItem(text: clean(other), done: true)) }
    return .checklist(items)
  }
}
