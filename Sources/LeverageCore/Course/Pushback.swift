/// The four principles the course teaches, each answering some of the other side's moves.
public enum Principle: String, CaseIterable, Sendable {
  case clarity
  case framing
  case relationships
  case options

  /// As the course names it beside a pushback: "Principle: Options".
  public var title: String {
    switch self {
    case .clarity: "Clarity"
    case .framing: "Framing"
    case .relationships: "Relationships"
    case .options: "Options"
    }
  }
}

/// What a rehearsal prompt adds to its question, which is the other side's line: the
/// principle that answers it and a one-line cue on how.
public struct Pushback: Equatable, Sendable {
  public var principle: Principle
  public var cue: String

  public init(principle: Principle, cue: String) {
    self.principle = principle
    self.cue = cue
  }

  /// `Principle: Options · Name what you will do if this falls through, calmly.`
  public var line: String {
    "Principle: \(principle.title) · \(cue)"
  }
}

extension Course {
  /// The unit of pushbacks to rehearse, if the course has one; the loader allows one at most.
  public var rehearsalUnit: Unit? {
    units.first(where: \.rehearsal)
  }

  /// Each pushback with its prompt's key, in course order.
  public var pushbacks: [(key: PromptKey, prompt: Prompt, pushback: Pushback)] {
    guard let unit = rehearsalUnit else { return [] }
    return unit.prompts.compactMap { prompt in
      prompt.pushback.map { (PromptKey(unitID: unit.id, promptID: prompt.id), prompt, $0) }
    }
  }
}
