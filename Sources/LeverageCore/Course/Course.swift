/// The whole course as loaded from its data file: a welcome, then parts of units.
public struct Course: Equatable, Sendable {
  public var title: String
  public var welcome: Welcome
  public var parts: [Part]
  /// Which prompts fill the one-page brief; nil when the course has none.
  public var brief: BriefInputs?

  public init(title: String, welcome: Welcome, parts: [Part], brief: BriefInputs? = nil) {
    self.title = title
    self.welcome = welcome
    self.parts = parts
    self.brief = brief
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

  public init(text: String, source: String) {
    self.text = text
    self.source = source
  }
}

public struct Part: Equatable, Sendable {
  public var id: String
  public var title: String
  public var summary: String
  /// Numbered parts count towards "step N of M"; the wrap-up does not.
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

  public init(
    id: String, title: String, idea: String, example: String? = nil,
    facts: [SourcedFact] = [], prompts: [Prompt], economics: EconomicsInputs? = nil,
    ladder: LadderInputs? = nil, debrief: DebriefInputs? = nil
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
  }
}

/// Prompt ids (within the same unit) whose answers the economics calculator reads.
public struct EconomicsInputs: Equatable, Sendable {
  public var salary: String
  public var revenue: String
  public var wRVUs: String?
  public var ratePerWRVU: String?
  public var overhead: String

  public init(
    salary: String, revenue: String, wRVUs: String? = nil, ratePerWRVU: String? = nil,
    overhead: String
  ) {
    self.salary = salary
    self.revenue = revenue
    self.wRVUs = wRVUs
    self.ratePerWRVU = ratePerWRVU
    self.overhead = overhead
  }
}

public struct Prompt: Equatable, Sendable {
  public var id: String
  public var question: String
  public var hint: String?
  public var kind: PromptKind
  /// An optional prompt may be left empty and skipped with Enter.
  public var required: Bool

  public init(
    id: String, question: String, hint: String? = nil, kind: PromptKind, required: Bool = true
  ) {
    self.id = id
    self.question = question
    self.hint = hint
    self.kind = kind
    self.required = required
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
