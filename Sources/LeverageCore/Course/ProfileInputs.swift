/// The profile unit's `profile` object: which of its prompts the colleague spotlight shows,
/// under what label, and which ones the app reads for a purpose of its own. Every role is
/// optional; what a course leaves out is simply not shown.
public struct ProfileInputs: Equatable, Sendable {
  /// A prompt the spotlight shows, under a label shorter than its question.
  public struct Field: Equatable, Sendable {
    public var promptID: String
    public var label: String

    public init(promptID: String, label: String) {
      self.promptID = promptID
      self.label = label
    }
  }

  /// Heads the spotlight and starts the exports' byline.
  public var name: String?
  /// Chooses which published figures are shown; with the sub-specialties, under the name.
  public var specialty: String?
  public var subSpecialties: String?
  /// A number prompt, read by the early-career note and written as a number by `--json`.
  public var yearsInPractice: String?
  /// With the location, ends the exports' byline.
  public var currentRole: String?
  public var location: String?
  /// Who the physician is, then the free sections, then the quick either-or picks.
  public var facts: [Field]
  public var sections: [Field]
  public var picks: [Field]

  public init(
    name: String? = nil, specialty: String? = nil, subSpecialties: String? = nil,
    yearsInPractice: String? = nil, currentRole: String? = nil, location: String? = nil,
    facts: [Field] = [], sections: [Field] = [], picks: [Field] = []
  ) {
    self.name = name
    self.specialty = specialty
    self.subSpecialties = subSpecialties
    self.yearsInPractice = yearsInPractice
    self.currentRole = currentRole
    self.location = location
    self.facts = facts
    self.sections = sections
    self.picks = picks
  }
}

/// A unit's `earlyCareerNote`: the line its screen adds for a physician fewer than
/// `belowYears` years in practice, as the profile's years in practice say.
public struct EarlyCareerNote: Equatable, Sendable {
  public var belowYears: Double
  public var text: String

  public init(belowYears: Double, text: String) {
    self.belowYears = belowYears
    self.text = text
  }
}
