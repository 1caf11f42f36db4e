import Foundation

/// The one gate every answer passes on its way into the journal, whether typed in the coach
/// or read from an archive: the prompt's own rules (`PromptValidator`), then the bounds that
/// keep every stored figure safe to compute with and to show.
public enum AnswerAdmission {
  /// Days outside these years are a slip (year 0001, 9999), not a raise date or a meeting.
  public static let years = 1900...2200
  /// A count or measure beyond a trillion is a slip too, and keeps products of figures finite.
  public static let largestNumber = 1_000_000_000_000.0

  /// What the coach saves from `input`: `.success(nil)` for an optional prompt left empty.
  public static func answer(
    from input: PromptInput, for prompt: Prompt
  ) -> Result<AnswerValue?, ValidationError> {
    PromptValidator.validate(input, for: prompt).flatMap { value in
      guard let value else { return .success(nil) }
      return bounded(value).map { .failure($0) } ?? .success(value)
    }
  }

  /// Why a stored value (an archive's, named with its `kind`) is not one the coach could
  /// have saved to `prompt`, or nil when it is. The value is put back into the prompt's
  /// widget and read again exactly as the coach reads typing: it must come back unchanged.
  /// With no prompt (the course does not have it) only the kind and the bounds are checked.
  public static func problem(
    with value: AnswerValue, kind: String, for prompt: Prompt?
  ) -> String? {
    // Only a known kind is named back: the text is the archive's, and could break the line.
    guard let kind = PromptKindName(rawValue: kind) else { return "names no kind of answer" }
    guard let prompt else {
      guard value.kindName == kind else { return "is not a \(kind.rawValue) answer" }
      return bounded(value).map { "breaks the rule: \($0.message)" }
    }
    guard kind == prompt.kind.name else {
      return "is a \(kind.rawValue) answer, but the prompt takes \(prompt.kind.name.rawValue)"
    }
    guard value.kindName == kind else { return "is not a \(kind.rawValue) answer" }
    // Widgets drop what they cannot show, so these would read back as something else.
    if let problem = choiceProblem(value, prompt: prompt) { return problem }
    // Blanks by their kind, as the coach reads them: words in a percent or amount blank are
    // refused, since the plan and the brief read those blanks as figures.
    switch answer(from: PromptInput(answer: value, kind: prompt.kind), for: prompt) {
    case .failure(let error):
      return "breaks the prompt's rule: \(error.message)"
    case .success(nil):
      return "is empty"
    case .success(let readBack?):
      return readBack == value ? nil : mismatch(value)
    }
  }

  /// The most text one answer holds, in UTF-8 bytes: some 4,000 pages, far beyond anything
  /// typed or pasted (a paste stops at 1 MiB), and small enough that an import reads any
  /// answer in bounded memory (`ArchiveScanner.largestPieceBytes` leaves room for escapes).
  public static let largestAnswerBytes = 8 << 20

  /// The bounds beyond the prompt's rules, for any kind of prompt.
  private static func bounded(_ value: AnswerValue) -> ValidationError? {
    let bytes = textBytes(of: value)
    if bytes > largestAnswerBytes {
      return ValidationError(
        "Keep an answer under \(largestAnswerBytes >> 20) MB of text (this one is "
          + "\((bytes + (1 << 19)) >> 20) MB); keep the rest in a file and note where it is.")
    }
    return switch value {
    case .money(let cents) where !(0...EconomicsCalculator.largestCents).contains(cents):
      ValidationError(
        "Enter an amount from $0 to \(MoneyFormat.dollars(EconomicsCalculator.largestCents)).")
    case .number(let number) where !(number.isFinite && (0...largestNumber).contains(number)):
      ValidationError("Enter a number from 0 to 1,000,000,000,000.")
    case .percent(let percent) where !(percent.isFinite && (0...100).contains(percent)):
      PercentParser.outOfRange
    case .date(let date) where !years.contains(date.year):
      ValidationError("Enter a date from \(years.lowerBound) to \(years.upperBound).")
    default:
      nil
    }
  }

  private static func textBytes(of value: AnswerValue) -> Int {
    switch value {
    case .text(let text): text.utf8.count
    case .list(let items): items.reduce(0) { $0 + $1.utf8.count }
    case .choice(let selected, let other):
      selected.reduce(other?.utf8.count ?? 0) { $0 + $1.utf8.count }
    case .template(let fills): fills.reduce(0) { $0 + $1.blank.utf8.count + $1.text.utf8.count }
    case .scale, .money, .percent, .number, .date: 0
    }
  }

  private static func choiceProblem(_ value: AnswerValue, prompt: Prompt) -> String? {
    guard case .choice(let selected, let other) = value, case .choice(let rule) = prompt.kind
    else { return nil }
    if selected.contains(where: { !rule.options.contains($0) }) {
      return "picks an option the prompt does not offer"
    }
    if other != nil && !rule.allowsOther { return "has other text, which the prompt does not take" }
    return nil
  }

  /// Says what changed when the value read back differently.
  private static func mismatch(_ value: AnswerValue) -> String {
    if case .template = value { return "does not fill the prompt's blanks" }
    return "is not in the form the coach saves (it reads back differently)"
  }
}

extension AnswerValue {
  /// The name of the kind of prompt this value answers.
  public var kindName: PromptKindName {
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
