import Foundation
import PlainText

extension Course {
  /// Every unit in course order, wrap-up included.
  public var units: [Unit] {
    parts.flatMap(\.units)
  }

  /// The units that count as steps ("step 3 of 9"), in course order.
  public var numberedUnits: [Unit] {
    parts.filter(\.numbered).flatMap(\.units)
  }

  /// Every prompt's key, in course order: what to read when only the latest answer of each
  /// prompt matters, one index seek each rather than a pass over every revision.
  public var promptKeys: [PromptKey] {
    units.flatMap { unit in unit.prompts.map { PromptKey(unitID: unit.id, promptID: $0.id) } }
  }

  /// Looked up part by part, without gathering every unit into a new array: a listing asks
  /// this for each of a journal's answers.
  public func unit(id: String) -> Unit? {
    for part in parts {
      if let unit = part.units.first(where: { $0.id == id }) { return unit }
    }
    return nil
  }

  public func prompt(_ key: PromptKey) -> Prompt? {
    unit(id: key.unitID)?.prompts.first { $0.id == key.promptID }
  }
}

extension Course {
  /// The unit that sets the offer ladder; the first, should a course have several.
  public var ladderUnit: (unit: Unit, inputs: LadderInputs)? {
    units.lazy.compactMap { unit in unit.ladder.map { (unit, $0) } }.first
  }

  /// The unit the colleague spotlight reads, if the course has a profile; the loader allows
  /// one at most.
  public var profileUnit: (unit: Unit, inputs: ProfileInputs)? {
    units.lazy.compactMap { unit in unit.profile.map { (unit, $0) } }.first
  }

  /// The after-the-meeting debrief unit, if the course has one.
  public var debriefUnit: (unit: Unit, inputs: DebriefInputs)? {
    units.lazy.compactMap { unit in unit.debrief.map { (unit, $0) } }.first
  }
}

extension Course {
  /// The unit that works out the economics of the role, if the course has one.
  public var economicsUnit: (unit: Unit, inputs: EconomicsInputs)? {
    units.lazy.compactMap { unit in unit.economics.map { (unit, $0) } }.first
  }

  /// The economics figures from `answers`, through the economics unit; nil when the course
  /// has no such unit or the user has given no pay yet.
  public func economicsFigures(answers: [PromptKey: AnswerValue]) -> EconomicsFigures? {
    guard let (unit, inputs) = economicsUnit else { return nil }
    return EconomicsCalculator.figures(
      from: unit.answers(in: answers), inputs: inputs, specialty: specialty(answers: answers))
  }

  /// The profile's specialty, with its sub-specialties ("Cardiology" and "Interventional"),
  /// matched to the specialties the app has published figures for.
  public func specialty(answers: [PromptKey: AnswerValue]) -> SpecialtyMatch {
    guard let (unit, inputs) = profileUnit else { return .notGiven }
    let named = [inputs.specialty, inputs.subSpecialties].compactMap { id -> String? in
      guard let id, let value = answers[PromptKey(unitID: unit.id, promptID: id)] else {
        return nil
      }
      return value.displayText
    }
    let text = named.joined(separator: " ")
    switch SpecialtyFigures.match(text) {
    case .known(let figures): return .known(figures)
    // Told of an unknown specialty, the user sees what she typed as her specialty, on one
    // line and without the characters a terminal or a document would act on.
    case .unknown:
      return .unknown(PlainText.oneLine(named.first ?? text).trimmingCharacters(in: .whitespaces))
    case .notGiven: return .notGiven
    }
  }
}

extension Unit {
  /// This unit's answers in `answers`, keyed by prompt id.
  public func answers(in answers: [PromptKey: AnswerValue]) -> [String: AnswerValue] {
    var byPrompt: [String: AnswerValue] = [:]
    for prompt in prompts {
      byPrompt[prompt.id] = answers[PromptKey(unitID: id, promptID: prompt.id)]
    }
    return byPrompt
  }
}

extension Course {
  /// Whether the prompt at `key` is a choice offering `option`.
  func offers(_ option: String, in key: PromptKey) -> Bool {
    guard case .choice(let rule)? = prompt(key)?.kind else { return false }
    return rule.options.contains(option)
  }

  /// The answer to the earlier prompt that `key`'s prompt asks again, when it was given and
  /// its condition holds.
  public func earlierAnswer(for key: PromptKey, in answers: [PromptKey: AnswerValue])
    -> (value: AnswerValue, from: PromptKey)?
  {
    guard let earlier = prompt(key)?.sameAs, let value = answers[earlier.key] else { return nil }
    if let (conditionKey, option) = earlier.onlyIf {
      guard case .choice(let selected, _)? = answers[conditionKey], selected.contains(option)
      else { return nil }
    }
    return (value, earlier.key)
  }
}

extension PromptKey {
  /// `unit-id/prompt-id`, as the course file writes a reference to a prompt.
  public var reference: String { "\(unitID)/\(promptID)" }
}
