import Foundation

/// Turns what was typed into a prompt into the answer to save, or says what to fix.
public enum PromptValidator {
  private typealias Outcome = Result<AnswerValue?, ValidationError>

  /// `.success(nil)` means the prompt was left empty, which only optional prompts allow.
  /// A partly filled answer must be valid even when the prompt is optional.
  public static func validate(
    _ input: PromptInput, for prompt: Prompt
  ) -> Result<AnswerValue?, ValidationError> {
    let result = answer(from: input, kind: prompt.kind)
    if case .success(nil) = result, prompt.required {
      return .failure(.required(for: prompt.kind))
    }
    return result
  }

  private static func answer(from input: PromptInput, kind: PromptKind) -> Outcome {
    switch (kind, input) {
    case (.text(let minLength), .text(let text)):
      return Self.text(text, minLength: minLength)
    case (.list(let rule), .list(let items)):
      return list(items, rule: rule)
    case (.choice(let rule), .choice(let selected, let other)):
      return choice(selected: selected, other: other, rule: rule)
    case (.scale(let rule), .scale(let value)):
      return scale(value, rule: rule)
    case (.money(let maximum), .field(let text)):
      return field(text) { MoneyParser.cents(from: $0, maximum: maximum).map(AnswerValue.money) }
    case (.percent(let defaultValue), .field(let text)):
      if let defaultValue, isBlank(text) { return .success(.percent(defaultValue)) }
      return field(text) { PercentParser.value(from: $0).map(AnswerValue.percent) }
    case (.number, .field(let text)):
      return field(text) { NumberParser.value(from: $0).map(AnswerValue.number) }
    case (.date, .field(let text)):
      return field(text) { DateParser.date(from: $0).map(AnswerValue.date) }
    case (.template(let template), .template(let texts)):
      return self.template(texts, template: template)
    default:
      return .failure(.kindMismatch)
    }
  }

  /// Keeps the text as typed, byte for byte, except for blank lines before and after it.
  private static func text(_ text: String, minLength: Int) -> Outcome {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return .success(nil) }
    let length = text[first...last].count
    if length < minLength {
      return .failure(
        ValidationError("Write at least \(minLength) characters (you have \(length))."))
    }
    let start = text[..<first].lastIndex(where: \.isNewline).map(text.index(after:))
    let end = text[last...].firstIndex(where: \.isNewline) ?? text.endIndex
    return .success(.text(String(text[(start ?? text.startIndex)..<end])))
  }

  private static func list(_ items: [String], rule: ListRule) -> Outcome {
    let filled = items.map(trimmed).filter { !$0.isEmpty }
    if filled.isEmpty { return .success(nil) }
    if let exactly = rule.exactly, filled.count != exactly {
      return .failure(listCount("exactly", exactly, have: filled.count))
    }
    if filled.count < rule.minimum {
      return .failure(listCount("at least", rule.minimum, have: filled.count))
    }
    return .success(.list(filled))
  }

  private static func listCount(_ bound: String, _ wanted: Int, have: Int) -> ValidationError {
    ValidationError("List \(bound) \(wanted) \(wanted == 1 ? "item" : "items") (you have \(have)).")
  }

  /// Other text counts as a pick only where the prompt offers "Other".
  private static func choice(
    selected: [Int], other: String, rule: ChoiceRule
  ) -> Outcome {
    let ticked = Set(selected)
    let options = rule.options.indices.filter(ticked.contains).map { rule.options[$0] }
    let otherText = rule.allowsOther ? trimmed(other) : ""
    let count = options.count + (otherText.isEmpty ? 0 : 1)
    if count == 0 { return .success(nil) }
    if !rule.multiple && count > 1 { return .failure(ValidationError("Pick one option.")) }
    return .success(.choice(selected: options, other: otherText.isEmpty ? nil : otherText))
  }

  private static func scale(_ value: Int?, rule: ScaleRule) -> Outcome {
    guard let value else { return .success(nil) }
    guard (rule.minimum...rule.maximum).contains(value) else {
      return .failure(ValidationError("Pick a number from \(rule.minimum) to \(rule.maximum)."))
    }
    return .success(.scale(value))
  }

  private static func field(
    _ text: String, parse: (String) -> Result<AnswerValue, ValidationError>
  ) -> Outcome {
    isBlank(text) ? .success(nil) : parse(text).map(Optional.some)
  }

  private static func template(_ texts: [String], template: TemplateText) -> Outcome {
    let blanks = template.blanks
    let fills = blanks.indices.map { $0 < texts.count ? trimmed(texts[$0]) : "" }
    if fills.allSatisfy(\.isEmpty) { return .success(nil) }
    if let empty = fills.firstIndex(where: \.isEmpty) {
      return .failure(
        ValidationError("Fill in the blank [\(blanks[empty])]; Tab moves between blanks."))
    }
    var checked: [TemplateFill] = []
    for (blank, fill) in zip(blanks, fills) {
      switch figure(fill, kind: template.blankKinds[blank]) {
      case .success(let text): checked.append(TemplateFill(blank: blank, text: text))
      case .failure(let error):
        return .failure(ValidationError("The blank [\(blank)]: " + error.message))
      }
    }
    return .success(.template(checked))
  }

  /// A blank of a kind holds that kind's figure, written as the sentence will show it:
  /// `40k` reads `$40,000` and `15` reads `15%`.
  private static func figure(_ text: String, kind: TemplateBlankKind?)
    -> Result<String, ValidationError>
  {
    switch kind {
    case nil: .success(text)
    case .money:
      MoneyParser.cents(from: text, maximum: Decimal(PromptReader.defaultMoneyMaximum))
        .map(MoneyFormat.dollars)
    case .percent: PercentParser.value(from: text).map { DecimalText.plain($0) + "%" }
    case .number: NumberParser.value(from: text).map(DecimalText.plain)
    }
  }

  private static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func isBlank(_ text: String) -> Bool {
    text.allSatisfy(\.isWhitespace)
  }
}
