import Foundation

/// Reads one prompt: the fields every prompt has, then those of its kind.
struct PromptReader {
  /// Fifty million dollars: above any physician's pay or revenue, low enough to catch a typo.
  static let defaultMoneyMaximum = 50_000_000
  /// More points than this no longer fit on one line of an 80-column screen.
  static let largestScaleSpan = 10

  let log: CourseProblemLog
  let ids: IDRegistry

  func prompt(_ value: JSONValue, location: String, unitLocation: String) -> Prompt? {
    guard let object = CourseObjectReader.reading(value, location: location, log: log)
    else { return nil }
    let id = identifier(object)
    if let id {
      object.location = "\(unitLocation), prompt \"\(id)\""
      if !ids.register(id) {
        object.problem("id", "must be unique within the unit (\"\(id)\" is used more than once)")
      }
    }
    let question = object.string("question")
    let hint = object.string("hint", required: false)
    let required = object.bool("required", default: true)
    let sameAs = object.object("sameAs", required: false).flatMap(earlierPrompt)
    let pushbackFields = object.has("principle") || object.has("cue")
    let pushback = pushbackFields ? self.pushback(object) : nil
    let kindText = object.string("kind")
    var kind: PromptKind?
    if let kindText {
      if let kindName = PromptKindName(rawValue: kindText) {
        kind = self.kind(kindName, object)
        object.reportUnknownFields(context: "for a \(kindText) prompt")
      } else {
        let known = PromptKindName.allCases.map(\.rawValue).joined(separator: ", ")
        object.problem("kind", "must be one of \(known) (found \"\(kindText)\")")
      }
    }
    // A broken principle is reported once, here, not again as a missing one.
    guard let id, let question, let kind, pushbackFields == (pushback != nil) else { return nil }
    return Prompt(
      id: id, question: question, hint: hint, kind: kind, required: required, sameAs: sameAs,
      pushback: pushback)
  }

  /// `"principle"` and `"cue"`, together or not at all; whether a prompt must have them is
  /// its unit's business (`CourseReader.checkRehearsal`).
  private func pushback(_ object: CourseObjectReader) -> Pushback? {
    let principleText = object.string("principle")
    let cue = object.string("cue")
    guard let principleText else { return nil }
    guard let principle = Principle(rawValue: principleText) else {
      let known = Principle.allCases.map(\.rawValue).joined(separator: ", ")
      object.problem("principle", "must be one of \(known) (found \"\(principleText)\")")
      return nil
    }
    return cue.map { Pushback(principle: principle, cue: $0) }
  }

  /// `{"prompt": "unit/prompt", "when": "unit/prompt", "is": "option"}`, `when` and `is`
  /// together or not at all; the course checks the prompts exist once every unit is read.
  private func earlierPrompt(_ object: CourseObjectReader) -> EarlierPrompt? {
    let prompt = object.promptReference("prompt")
    let when = object.promptReference("when", required: false)
    let option = object.string("is", required: false)
    object.reportUnknownFields()
    if (when == nil) != (option == nil) {
      object.problem(when == nil ? "when" : "is", "goes with \"\(when == nil ? "is" : "when")\"")
      return nil
    }
    guard let prompt else { return nil }
    return EarlierPrompt(key: prompt, onlyIf: when.flatMap { key in option.map { (key, $0) } })
  }

  private func kind(_ name: PromptKindName, _ object: CourseObjectReader) -> PromptKind? {
    switch name {
    case .text: text(object)
    case .list: list(object)
    case .choice: choice(object)
    case .scale: scale(object)
    case .money: money(object)
    case .percent: percent(object)
    case .number: number(object)
    case .date: .date(inFuture: object.bool("inFuture", default: false))
    case .template: template(object)
    }
  }

  private func text(_ object: CourseObjectReader) -> PromptKind? {
    let minimum = object.integer("minLength", required: false) ?? 0
    guard minimum >= 0 else {
      object.problem("minLength", "must be 0 or more (found \(minimum))")
      return nil
    }
    return .text(minLength: minimum)
  }

  private func list(_ object: CourseObjectReader) -> PromptKind? {
    let minimum = object.integer("minItems", required: false)
    let exactly = object.integer("exactItems", required: false)
    let suggestions = object.strings("suggestions", required: false) ?? []
    let rankFrom = object.string("rankFrom", required: false)
    var valid = true
    for (field, count) in [("minItems", minimum), ("exactItems", exactly)] {
      if let count, count < 1 {
        object.problem(field, "must be 1 or more (found \(count))")
        valid = false
      }
    }
    if minimum != nil, exactly != nil {
      object.problem("exactItems", "cannot be combined with \"minItems\"; give one of them")
      valid = false
    }
    guard valid else { return nil }
    let floor = exactly ?? minimum ?? 1
    return .list(
      ListRule(minimum: floor, exactly: exactly, suggestions: suggestions, rankFrom: rankFrom))
  }

  private func choice(_ object: CourseObjectReader) -> PromptKind? {
    let options = object.strings("options")
    let multiple = object.bool("multiple", default: false)
    let allowsOther = object.bool("allowOther", default: false)
    guard let options else { return nil }
    guard options.count >= 2 else {
      object.problem("options", "must offer at least 2 options (found \(options.count))")
      return nil
    }
    return .choice(ChoiceRule(options: options, multiple: multiple, allowsOther: allowsOther))
  }

  private func scale(_ object: CourseObjectReader) -> PromptKind? {
    let minimum = object.integer("min")
    let maximum = object.integer("max")
    let minimumLabel = object.string("minLabel")
    let maximumLabel = object.string("maxLabel")
    guard let minimum, let maximum else { return nil }
    guard minimum < maximum else {
      object.problem("max", "must be more than \"min\" (found \(maximum), min is \(minimum))")
      return nil
    }
    guard maximum - minimum <= Self.largestScaleSpan else {
      let span = Self.largestScaleSpan
      object.problem("max", "must be at most \(span) above \"min\" (found \(maximum))")
      return nil
    }
    guard let minimumLabel, let maximumLabel else { return nil }
    return .scale(
      ScaleRule(
        minimum: minimum, maximum: maximum, minimumLabel: minimumLabel,
        maximumLabel: maximumLabel))
  }

  private func money(_ object: CourseObjectReader) -> PromptKind? {
    let maximum = object.integer("maximum", required: false) ?? Self.defaultMoneyMaximum
    guard maximum > 0 else {
      object.problem("maximum", "must be a whole number of dollars above 0 (found \(maximum))")
      return nil
    }
    return .money(maximum: Decimal(maximum))
  }

  private func percent(_ object: CourseObjectReader) -> PromptKind? {
    let value = object.number("default", required: false)
    if let value, !(0...100).contains(value) {
      object.problem("default", "must be between 0 and 100 (found \(value.courseText))")
      return nil
    }
    return .percent(defaultValue: value)
  }

  private func number(_ object: CourseObjectReader) -> PromptKind? {
    .number(unit: object.string("unit", required: false))
  }

  private func template(_ object: CourseObjectReader) -> PromptKind? {
    guard let source = object.string("template") else { return nil }
    do {
      return .template(try TemplateText(parsing: source))
    } catch {
      object.problem("template", error.message)
      return nil
    }
  }
}
