/// The physician profile as a colleague spotlight: who they are, free sections, and the
/// quick either-or picks, built from the latest answers to the prompts the course's profile
/// unit declares. A course without a profile gives an empty spotlight.
public struct ProfileSpotlight: Equatable, Sendable {
  /// One filled field: the label a reader sees and the answer as text.
  public struct Entry: Equatable, Sendable {
    public let id: String
    public let label: String
    public let text: String
  }

  /// The profile's declared roles; empty when the course has no profile.
  public let inputs: ProfileInputs
  public let facts: [Entry]
  public let sections: [Entry]
  public let picks: [Entry]
  public let yearsInPractice: Double?

  /// "Dr Ana Ruiz · Cardiology · Boston": who an export was prepared for, when the profile
  /// names them.
  public var byline: String? {
    let roles = [inputs.name, inputs.specialty, inputs.currentRole, inputs.location]
    let parts = roles.compactMap { id in facts.first { $0.id == id }?.text }
    return facts.contains { $0.id == inputs.name } ? parts.joined(separator: " · ") : nil
  }

  public init(course: Course, answers: [PromptKey: AnswerValue]) {
    let unit = course.profileUnit
    func answer(_ promptID: String?) -> AnswerValue? {
      guard let unit, let promptID else { return nil }
      return answers[PromptKey(unitID: unit.unit.id, promptID: promptID)]
    }
    func entries(_ fields: [ProfileInputs.Field]) -> [Entry] {
      fields.compactMap { field in
        answer(field.promptID).map {
          Entry(id: field.promptID, label: field.label, text: $0.displayText)
        }
      }
    }
    inputs = unit?.inputs ?? ProfileInputs()
    facts = entries(inputs.facts)
    sections = entries(inputs.sections)
    picks = entries(inputs.picks)
    if case .number(let years)? = answer(inputs.yearsInPractice) {
      yearsInPractice = years
    } else {
      yearsInPractice = nil
    }
  }

  public var isEmpty: Bool { facts.isEmpty && sections.isEmpty && picks.isEmpty }

  public var name: String? { facts.first { $0.id == inputs.name }?.text }

  /// The specialty the profile names, for choosing which published figures to show.
  public static func specialty(course: Course, answers: [PromptKey: AnswerValue]) -> String? {
    guard let (unit, inputs) = course.profileUnit, let promptID = inputs.specialty,
      case .text(let text)? = answers[PromptKey(unitID: unit.id, promptID: promptID)]
    else { return nil }
    return text
  }

  /// The extra line `unit`'s screen shows an early-career physician; nil for everyone else.
  public static func earlyCareerNote(
    on unit: Unit, course: Course, answers: [PromptKey: AnswerValue]
  ) -> String? {
    guard let note = unit.earlyCareerNote,
      let years = ProfileSpotlight(course: course, answers: answers).yearsInPractice,
      years < note.belowYears
    else { return nil }
    return note.text
  }
}
