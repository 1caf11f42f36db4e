/// The physician profile as a colleague spotlight: who they are, free sections, and the
/// quick either-or picks, built from the profile unit's latest answers.
public struct ProfileSpotlight: Equatable, Sendable {
  /// One filled field: the label a reader sees and the answer as text.
  public struct Entry: Equatable, Sendable {
    public let id: String
    public let label: String
    public let text: String
  }

  public static let partID = "profile"
  public static let unitID = "profile"
  /// Below this many years in practice, step 2 tells the user why they have leverage too.
  public static let earlyCareerYears = 5.0

  static let factLabels = [
    ("name", "Name"), ("specialty", "Specialty"), ("sub-specialties", "Sub-specialties"),
    ("years", "Years in practice"), ("residency", "Residency"), ("location", "Location"),
    ("role", "Current role"),
  ]
  static let sectionLabels = [
    ("essentials", "Essentials"), ("favourites", "Favorites"),
    ("leisure", "Leisure and culture"), ("rituals", "Rituals"), ("so-far", "So far..."),
  ]
  static let pickLabels = [
    ("summer-winter", "Summer or winter"), ("er-greys", "ER or Grey's Anatomy"),
    ("window-aisle", "Window or aisle"), ("rounds-shift", "Morning rounds or night shift"),
    ("tea-coffee", "Tea or coffee"), ("scrubs-coat", "Scrubs or white coat"),
  ]

  public let facts: [Entry]
  public let sections: [Entry]
  public let picks: [Entry]
  public let yearsInPractice: Double?

  /// "Dr Ana Ruiz · Cardiology · Boston": who an export was prepared for, when the profile
  /// names them.
  public var byline: String? {
    let parts = ["name", "specialty", "role", "location"].compactMap { id in
      facts.first { $0.id == id }?.text
    }
    return facts.contains { $0.id == "name" } ? parts.joined(separator: " · ") : nil
  }

  public init(answers: [PromptKey: AnswerValue]) {
    func entries(_ labels: [(String, String)]) -> [Entry] {
      labels.compactMap { id, label in
        guard let value = answers[PromptKey(unitID: Self.unitID, promptID: id)] else {
          return nil
        }
        return Entry(id: id, label: label, text: value.displayText)
      }
    }
    facts = entries(Self.factLabels)
    sections = entries(Self.sectionLabels)
    picks = entries(Self.pickLabels)
    if case .number(let years)? = answers[PromptKey(unitID: Self.unitID, promptID: "years")] {
      yearsInPractice = years
    } else {
      yearsInPractice = nil
    }
  }

  public var isEmpty: Bool { facts.isEmpty && sections.isEmpty && picks.isEmpty }

  public var name: String? { facts.first { $0.id == "name" }?.text }

  /// The specialty the profile names, for choosing which published figures to show.
  public static func specialty(answers: [PromptKey: AnswerValue]) -> String? {
    guard case .text(let text)? = answers[PromptKey(unitID: unitID, promptID: "specialty")]
    else { return nil }
    return text
  }

  /// Every field the spotlight knows, in order: the shipped course must ask each of them.
  public static var promptIDs: [String] {
    (factLabels + sectionLabels + pickLabels).map(\.0)
  }

  /// The extra line step 2 shows an early-career physician; nil for everyone else.
  public static func earlyCareerNote(unitID: String, answers: [PromptKey: AnswerValue])
    -> String?
  {
    guard unitID == "early-career",
      let years = ProfileSpotlight(answers: answers).yearsInPractice,
      years < earlyCareerYears
    else { return nil }
    return "Early in your career? Recent training and the years ahead of you are worth "
      + "something to a practice planning for the next decade."
  }
}
