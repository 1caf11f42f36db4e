import Foundation
import PlainText

extension BriefDocument {
  static let dataPointLimit = 3
  /// Replies run to several lines each: the typical brief printed at 11.5 points without
  /// them, 9 with three, 10 with two (three lines each); the summary lists every one.
  static let replyLimit = 2

  /// The brief of `answers` (the latest of each prompt), through the prompts the course's
  /// `brief` object names; nil when the course has no such object. `preparedFor` names the
  /// user when a profile exists, as on the summary; `offers` are checked against the ladder.
  public init?(
    course: Course, answers: [PromptKey: AnswerValue], generatedOn: CalendarDate,
    preparedFor: String? = nil, offers: [Offer] = []
  ) {
    guard let inputs = course.brief else { return nil }
    let clean = PlainText.sanitized
    let outline = CourseOutline(course: course)
    var notAnswered: [BriefSection: String] = [:]
    func answer(_ section: BriefSection) -> (AnswerValue, Prompt)? {
      guard let key = inputs.prompts[section], let value = answers[key],
        let prompt = course.prompt(key)
      else { return nil }
      return (value, prompt)
    }
    func markUnanswered(_ section: BriefSection) {
      let unitID = inputs.prompts[section]?.unitID ?? ""
      notAnswered[section] = Self.notAnsweredNote(unitID: unitID, course: course, outline: outline)
    }
    func text(_ section: BriefSection) -> String? {
      let text = answer(section).flatMap { Self.trimmed(clean(Self.text($0, kind: $1.kind))) }
      if text == nil { markUnanswered(section) }
      return text
    }
    func items(_ section: BriefSection) -> [String] {
      let items = answer(section).map { value, prompt in
        Self.items(value, kind: prompt.kind).compactMap { Self.trimmed(clean($0)) }
      }
      if items?.isEmpty ?? true { markUnanswered(section) }
      return items ?? []
    }
    self.title = "Negotiation brief"
    self.generatedOn = generatedOn
    self.preparedFor = preparedFor.flatMap { Self.trimmed(clean($0)) }
    self.courseTitle = clean(course.title)
    self.valueStatement = text(.valueStatement)
    self.dataPoints = Array(items(.dataPoints).prefix(Self.dataPointLimit))
    self.economics = Self.economics(course: course, answers: answers)
    if economics.isEmpty {
      notAnswered[.economics] =
        course.economicsUnit.map {
          Self.notAnsweredNote(unitID: $0.unit.id, course: course, outline: outline)
        } ?? "This course works out no economics."
    }
    self.asks = items(.asks)
    self.trades = items(.trades)
    self.nonNegotiables = items(.nonNegotiables)
    self.alternative = text(.alternative)
    self.openingLine = text(.openingLine)
    self.questions = items(.questions)
    self.calmLine = text(.calmLine)
    self.replies = Array(Self.replies(course: course, answers: answers).prefix(Self.replyLimit))
    if replies.isEmpty {
      notAnswered[.replies] =
        course.rehearsalUnit.map {
          Self.notAnsweredNote(unitID: $0.id, course: course, outline: outline)
        } ?? "This course has no pushbacks to rehearse."
    }
    let ladder = OfferLadder(course: course, answers: answers, offers: offers)
    self.ladder = ladder
    self.ladderRows = ladder.map(Self.rows) ?? []
    self.ladderAdvice = ladder?.latestOfferPlacement?.advice
    self.ladderWarnings = ladder?.warnings.map(\.message) ?? []
    self.terms = NegotiationTerm.allCases.map(\.line)
    if let ladder, ladder.isEmpty, let unit = course.ladderUnit?.unit {
      notAnswered[.ladder] = Self.notAnsweredNote(unitID: unit.id, course: course, outline: outline)
    } else if ladder == nil {
      notAnswered[.ladder] = "This course sets no offer ladder."
    }
    self.notAnswered = notAnswered
  }

  /// What her work brings in, in her voice, with her pay and break-even beside it.
  private static func economics(course: Course, answers: [PromptKey: AnswerValue]) -> [String] {
    guard let figures = course.economicsFigures(answers: answers) else { return [] }
    return EconomicsCalculator.brief(of: figures).map(PlainText.sanitized)
  }

  /// Each pushback she has a reply to, with the reply: `"Our budget is fixed." I will say: …`.
  static func replies(course: Course, answers: [PromptKey: AnswerValue]) -> [String] {
    course.pushbacks.compactMap { key, prompt, _ in
      guard let reply = answers[key].flatMap({ trimmed(PlainText.sanitized($0.displayText)) })
      else { return nil }
      return PlainText.sanitized(prompt.question) + " I will say: " + reply
    }
  }

  private static func rows(_ ladder: OfferLadder) -> [LadderRow] {
    let clean = PlainText.sanitized
    func figure(_ cents: Int64?) -> String { cents.map(MoneyFormat.dollars) ?? "not set" }
    func row(_ label: String, _ rung: OfferLadder.Rung) -> LadderRow {
      LadderRow(
        label: label, figure: figure(rung.cents), note: rung.reason.flatMap { trimmed(clean($0)) })
    }
    var rows = [
      row("Anchor, my opening figure", ladder.anchor),
      row("Target", ladder.target),
      row("Walk-away (reservation point)", ladder.walkAway),
      LadderRow(
        label: "Alternative's worth (BATNA)", figure: figure(ladder.alternativeWorthCents),
        note: nil),
    ]
    if let offer = ladder.latestOfferCents {
      rows.append(
        LadderRow(
          label: "Latest offer", figure: figure(offer), note: ladder.latestOfferPlacement?.label))
    }
    return rows
  }

  /// Where in the course to answer: `Not answered yet: Step 6 · Clarity makes you assertive.`
  static func notAnsweredNote(unitID: String, course: Course, outline: CourseOutline) -> String {
    guard let stop = outline.stops.first(where: { $0.unit.id == unitID }) else {
      return "Not answered yet."
    }
    let place = stop.stepNumber.map { "Step \($0)" } ?? course.parts[stop.partIndex].title
    return PlainText.sanitized("Not answered yet: \(place) · \(stop.unit.title).")
  }

  /// The answer as one passage; a template shows its sentence with the blanks filled in.
  static func text(_ value: AnswerValue, kind: PromptKind) -> String {
    if case .template(let fills) = value, case .template(let template) = kind {
      return template.filled(with: fills)
    }
    return value.displayText
  }

  /// A list's items; any other answer (left from an older course) is one item.
  static func items(_ value: AnswerValue, kind: PromptKind) -> [String] {
    if case .list(let items) = value { return items }
    return [text(value, kind: kind)]
  }

  private static func trimmed(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }
}
