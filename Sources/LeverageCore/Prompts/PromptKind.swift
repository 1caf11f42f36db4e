import Foundation

/// What a prompt collects, with the rules its answer must meet.
public enum PromptKind: Equatable, Sendable {
  case text(minLength: Int)
  case list(ListRule)
  case choice(ChoiceRule)
  case scale(ScaleRule)
  case money(maximum: Decimal)
  case percent(defaultValue: Double?)
  case number(unit: String?)
  /// `inFuture`: the day is still ahead, such as a meeting; a past one is warned about.
  case date(inFuture: Bool)
  case template(TemplateText)

  /// The name used in the course file and the journal.
  public var name: PromptKindName {
    switch self {
    case .text: .text
    case .list: .list
    case .choice: .choice
    case .scale: .scale
    case .money: .money
    case .percent: .percent
    case .number: .number
    case .date: .date
    case .template: .template
    }
  }
}

/// The one list of prompt kind names, as the course file's `kind`, the journal's `kind`
/// column and the archive's answers spell them: text from outside becomes one of these at
/// the edge, so everything inside switches over a closed set the compiler checks.
public enum PromptKindName: String, CaseIterable, Sendable {
  case text, list, choice, scale, money, percent, number, date, template
}

public struct ListRule: Equatable, Sendable {
  public var minimum: Int
  /// When set, the list must have exactly this many items.
  public var exactly: Int?
  /// Ideas offered beside the list; the user may type them or their own.
  public var suggestions: [String]
  /// An earlier list prompt of the same unit whose items this one puts in order: the list
  /// starts with those items, so ranking is moving, not retyping.
  public var rankFrom: String?

  public init(
    minimum: Int = 1, exactly: Int? = nil, suggestions: [String] = [], rankFrom: String? = nil
  ) {
    self.minimum = minimum
    self.exactly = exactly
    self.suggestions = suggestions
    self.rankFrom = rankFrom
  }
}

public struct ChoiceRule: Equatable, Sendable {
  public var options: [String]
  public var multiple: Bool
  /// Adds an "Other: ..." entry with free text.
  public var allowsOther: Bool

  public init(options: [String], multiple: Bool = false, allowsOther: Bool = false) {
    self.options = options
    self.multiple = multiple
    self.allowsOther = allowsOther
  }
}

public struct ScaleRule: Equatable, Sendable {
  public var minimum: Int
  public var maximum: Int
  public var minimumLabel: String
  public var maximumLabel: String

  public init(minimum: Int, maximum: Int, minimumLabel: String, maximumLabel: String) {
    self.minimum = minimum
    self.maximum = maximum
    self.minimumLabel = minimumLabel
    self.maximumLabel = maximumLabel
  }
}

/// A sentence with named blanks, written `Adding {resource} will cut {metric} by
/// {share:percent}`: a blank may name the kind of value it takes.
public struct TemplateText: Equatable, Sendable {
  public enum Segment: Equatable, Sendable {
    case literal(String)
    case blank(String)
  }

  public var source: String
  public var segments: [Segment]
  /// The kind of each blank that declares one; the others take any words.
  public var blankKinds: [String: TemplateBlankKind]

  public var blanks: [String] {
    segments.compactMap { if case .blank(let name) = $0 { name } else { nil } }
  }

  public init(
    segments: [Segment], source: String, blankKinds: [String: TemplateBlankKind] = [:]
  ) {
    self.segments = segments
    self.source = source
    self.blankKinds = blankKinds
  }
}

/// A figure a template blank must hold, checked as the prompt of that kind would check it.
public enum TemplateBlankKind: String, CaseIterable, Equatable, Sendable {
  case money, percent, number
}
