/// The whole course as loaded from its data file: a welcome, then parts of units.
public struct Course: Equatable, Sendable {
  public var title: String
  public var welcome: Welcome
  public var parts: [Part]
  /// Which prompts fill the one-page brief; nil when the course has none.
  public var brief: BriefInputs?
  /// The summary's negotiation plan, line by line; empty when the course declares none.
  public var summaryPlan: [SummaryPlanLine]

  public init(
    title: String, welcome: Welcome, parts: [Part], brief: BriefInputs? = nil,
    summaryPlan: [SummaryPlanLine] = []
  ) {
    self.title = title
    self.welcome = welcome
    self.parts = parts
    self.brief = brief
    self.summaryPlan = summaryPlan
  }
}

public struct Welcome: Equatable, Sendable {
  public var title: String
  public var body: String
  public var facts: [SourcedFact]

  public init(title: String, body: String, facts: [SourcedFact] = []) {
    self.title = title
    self.body = body
    self.facts = facts
  }
}

/// A figure or claim the app may show, always with where it comes from.
public struct SourcedFact: Equatable, Sendable {
  public var text: String
  public var source: String
  public var specialties: SpecialtyScope

  public init(text: String, source: String, specialties: SpecialtyScope = .everyone) {
    self.text = text
    self.source = source
    self.specialties = specialties
  }
}

/// Which physicians a published figure was measured in, so a specialty's figure is never
/// shown to another specialty as if it were theirs.
public struct SpecialtyScope: Equatable, Sendable {
  /// Lowercase fragments of the specialty's name (`"cardi"`); none for every physician.
  public var fragments: [String]

  public init(_ fragments: [String]) {
    self.fragments = fragments.map { $0.lowercased() }
  }

  public static let everyone = SpecialtyScope([])

  /// A specialty's figure is shown to that specialty, and to a user who has named none.
  public func includes(_ specialty: String?) -> Bool {
    guard !fragments.isEmpty, let specialty, !specialty.isEmpty else { return true }
    let named = specialty.lowercased()
    return fragments.contains { named.contains($0) }
  }
}

public struct Part: Equatable, Sendable {
  public var id: String
  public var title: String
  public var summary: String
  /// Numbered parts count toward "step N of M"; the wrap-up does not.
  public var numbered: Bool
  public var units: [Unit]

  public init(id: String, title: String, summary: String, numbered: Bool, units: [Unit]) {
    self.id = id
    self.title = title
    self.summary = summary
    self.numbered = numbered
    self.units = units
  }
}

public struct Unit: Equatable, Sendable {
  public var id: String
  public var title: String
  public var idea: String
  public var example: String?
  public var facts: [SourcedFact]
  public var prompts: [Prompt]
  /// Which prompts feed the economics worked out on this unit's screen, if any.
  public var economics: EconomicsInputs?
  /// Which prompts hold the offer ladder, if this unit sets it.
  public var ladder: LadderInputs?
  /// Which prompts record a meeting's outcome, if this unit is the debrief.
  public var debrief: DebriefInputs?
  /// Which prompts the colleague spotlight shows, if this unit is the profile.
  public var profile: ProfileInputs?
  /// The line shown to an early-career physician on this unit's screen, if any.
  public var earlyCareerNote: EarlyCareerNote?
  /// The action items open after this unit's last prompt, as its checklist leads to them.
  public var leadsToActionItems: Bool
  /// Its prompts are the other side's pushbacks, each with a principle and a cue.
  public var rehearsal: Bool

  public init(
    id: String, title: String, idea: String, example: String? = nil,
    facts: [SourcedFact] = [], prompts: [Prompt], economics: EconomicsInputs? = nil,
    ladder: LadderInputs? = nil, debrief: DebriefInputs? = nil, profile: ProfileInputs? = nil,
    earlyCareerNote: EarlyCareerNote? = nil, leadsToActionItems: Bool = false,
    rehearsal: Bool = false
  ) {
    self.id = id
    self.title = title
    self.idea = idea
    self.example = example
    self.facts = facts
    self.prompts = prompts
    self.economics = economics
    self.ladder = ladder
    self.debrief = debrief
    self.profile = profile
    self.earlyCareerNote = earlyCareerNote
    self.leadsToActionItems = leadsToActionItems
    self.rehearsal = rehearsal
  }
}

/// Prompt ids (within the same unit) whose answers the economics calculator reads.
public struct EconomicsInputs: Equatable, Sendable {
  public var salary: String
  /// The professional collections the user states; wins over any estimate.
  public var revenue: String
  public var wRVUs: String?
  /// The contract's pay per wRVU, for production pay.
  public var ratePerWRVU: String?
  /// What the practice collects per wRVU, if the user knows: replaces the Medicare estimate.
  public var collectionsPerWRVU: String?
  public var overhead: String
  /// Hospital revenue from the physician's work, kept apart from the practice's revenue.
  public var downstream: String?

  public init(
    salary: String, revenue: String, wRVUs: String? = nil, ratePerWRVU: String? = nil,
    collectionsPerWRVU: String? = nil, overhead: String, downstream: String? = nil
  ) {
    self.salary = salary
    self.revenue = revenue
    self.wRVUs = wRVUs
    self.ratePerWRVU = ratePerWRVU
    self.collectionsPerWRVU = collectionsPerWRVU
    self.overhead = overhead
    self.downstream = downstream
  }
}

public struct Prompt: Equatable, Sendable {
  public var id: String
  public var question: String
  public var hint: String?
  public var kind: PromptKind
  /// An optional prompt may be left empty and skipped with Enter.
  public var required: Bool
  /// An earlier prompt that asks the same thing, so the physician says it only once.
  public var sameAs: EarlierPrompt?
  /// The principle and cue of a rehearsal unit's prompt; nil elsewhere.
  public var pushback: Pushback?

  public init(
    id: String, question: String, hint: String? = nil, kind: PromptKind, required: Bool = true,
    sameAs: EarlierPrompt? = nil, pushback: Pushback? = nil
  ) {
    self.id = id
    self.question = question
    self.hint = hint
    self.kind = kind
    self.required = required
    self.sameAs = sameAs
    self.pushback = pushback
  }
}

/// Where a prompt asks again what an earlier one asked: an answer of the same kind is carried
/// in as the starting answer, one of another kind (words for a figure) is shown beside it.
public struct EarlierPrompt: Equatable, Sendable {
  public var key: PromptKey
  /// Carried only while this choice prompt has this option picked: a count is wRVUs only
  /// when the practice measures wRVUs.
  public var onlyIf: (key: PromptKey, option: String)?

  public init(key: PromptKey, onlyIf: (key: PromptKey, option: String)? = nil) {
    self.key = key
    self.onlyIf = onlyIf
  }

  public static func == (lhs: EarlierPrompt, rhs: EarlierPrompt) -> Bool {
    lhs.key == rhs.key && lhs.onlyIf?.key == rhs.onlyIf?.key
      && lhs.onlyIf?.option == rhs.onlyIf?.option
  }
}

/// Identifies a prompt across the course and in the journal.
public struct PromptKey: Hashable, Codable, Sendable, Comparable {
  public var unitID: String
  public var promptID: String

  public init(unitID: String, promptID: String) {
    self.unitID = unitID
    self.promptID = promptID
  }

  public static func < (lhs: PromptKey, rhs: PromptKey) -> Bool {
    (lhs.unitID, lhs.promptID) < (rhs.unitID, rhs.promptID)
  }
}
