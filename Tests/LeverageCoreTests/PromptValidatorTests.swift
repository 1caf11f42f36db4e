import Foundation
import Testing

@testable import LeverageCore

/// Builds the prompts the validator tests run against.
enum PromptFixture {
  static func prompt(_ kind: PromptKind, required: Bool = true) -> Prompt {
    Prompt(id: "p", question: "Q?", kind: kind, required: required)
  }

  static func validate(
    _ input: PromptInput, _ kind: PromptKind, required: Bool = true
  ) -> Result<AnswerValue?, ValidationError> {
    PromptValidator.validate(input, for: prompt(kind, required: required))
  }

  static let required = ValidationError.required
  static let template = TemplateText(
    segments: [.literal("Adding "), .blank("resource"), .literal(" will cut "), .blank("metric")],
    source: "Adding {resource} will cut {metric}")
  static let choices = ChoiceRule(options: ["wRVUs", "Procedures", "Collections"])
}

@Suite struct PromptValidatorTests {
  typealias F = PromptFixture

  static let emptyInputs: [(PromptInput, PromptKind)] = [
    (.text("  \n\t "), .text(minLength: 0)),
    (.list(["", "  "]), .list(ListRule(exactly: 2))),
    (.choice(selected: [], other: "  "), .choice(ChoiceRule(options: ["A"], allowsOther: true))),
    (.choice(selected: [7, -1], other: ""), .choice(ChoiceRule(options: ["A"]))),
    (.scale(nil), .scale(ScaleRule(minimum: 1, maximum: 5, minimumLabel: "", maximumLabel: ""))),
    (.field(" "), .money(maximum: 1000)),
    (.field(""), .percent(defaultValue: nil)),
    (.field("\t"), .number(unit: "wRVUs")),
    (.field(""), .date(inFuture: false)),
    (.template([" ", ""]), .template(PromptFixture.template)),
  ]

  @Test(arguments: emptyInputs)
  func emptyIsAnErrorWhenRequired(input: PromptInput, kind: PromptKind) {
    #expect(F.validate(input, kind) == .failure(.required(for: kind)))
  }

  @Test(arguments: emptyInputs)
  func emptyIsNilWhenOptional(input: PromptInput, kind: PromptKind) {
    #expect(F.validate(input, kind, required: false) == .success(nil))
  }

  @Test(arguments: [
    ValidationError.required, .pickRequired, .scaleRequired, .kindMismatch,
    PercentParser.outOfRange, NumberParser.unreadable,
    DateParser.unreadable, MoneyParser.unreadable, MoneyParser.notPositive, MoneyParser.tooPrecise,
  ])
  func fixedMessagesFitOneLine(error: ValidationError) {
    #expect(error.message.count <= 70)
    #expect(!error.message.contains("\n"))
  }

  @Test func wrongInputForTheKindIsAnError() {
    let scale = ScaleRule(minimum: 1, maximum: 5, minimumLabel: "", maximumLabel: "")
    #expect(F.validate(.text("5"), .scale(scale)) == .failure(.kindMismatch))
    #expect(F.validate(.field("x"), .text(minLength: 0)) == .failure(.kindMismatch))
  }

  // MARK: text

  @Test(arguments: [
    ("hello", "hello"),
    ("  indented first line\nsecond  ", "  indented first line\nsecond  "),
    ("\n\n  \nbody\n\n  \n", "body"),
    ("a\n\n\nb", "a\n\n\nb"),
    ("a\r\n\r\n", "a"),
    ("\t tab  inside\t", "\t tab  inside\t"),
  ])
  func textKeepsWhatWasTypedMinusBlankEdgeLines(typed: String, stored: String) {
    #expect(F.validate(.text(typed), .text(minLength: 0)) == .success(.text(stored)))
  }

  @Test func textMinimumLengthCountsCharactersOfTheTrimmedText() {
    let kind = PromptKind.text(minLength: 5)
    #expect(
      F.validate(.text("  abcd   "), kind)
        == .failure(ValidationError("Write at least 5 characters (you have 4).")))
    #expect(F.validate(.text("e\u{301}🇫🇷👩‍⚕️漢字"), kind) == .success(.text("e\u{301}🇫🇷👩‍⚕️漢字")))
  }

  // MARK: list

  @Test func listDropsEmptyItemsAndTrimsTheRest() {
    let result = F.validate(.list([" one ", "", "  ", "two"]), .list(ListRule(exactly: 2)))
    #expect(result == .success(.list(["one", "two"])))
  }

  @Test(arguments: [
    (ListRule(exactly: 2), ["a", "b", "c"], "List exactly 2 items (you have 3)."),
    (ListRule(exactly: 2), ["a", ""], "List exactly 2 items (you have 1)."),
    (ListRule(exactly: 1), ["a", "b"], "List exactly 1 item (you have 2)."),
    (ListRule(minimum: 3), ["a", "b"], "List at least 3 items (you have 2)."),
  ])
  func listCountIsChecked(rule: ListRule, items: [String], message: String) {
    #expect(F.validate(.list(items), .list(rule)) == .failure(ValidationError(message)))
    // A half-filled optional list is still wrong, not skipped.
    #expect(
      F.validate(.list(items), .list(rule), required: false) == .failure(ValidationError(message)))
  }

  @Test func listMinimumAcceptsMore() {
    let result = F.validate(.list(["a", "b", "c"]), .list(ListRule(minimum: 2)))
    #expect(result == .success(.list(["a", "b", "c"])))
  }

  // MARK: choice

  @Test func choiceMapsIndexesToOptionsInOptionOrder() {
    let kind = PromptKind.choice(ChoiceRule(options: ["A", "B", "C"], multiple: true))
    let result = F.validate(.choice(selected: [2, 0, 2, 9, -3], other: ""), kind)
    #expect(result == .success(.choice(selected: ["A", "C"], other: nil)))
  }

  @Test func choiceOtherCountsOnlyWhenAllowed() {
    let open = PromptKind.choice(ChoiceRule(options: ["A"], allowsOther: true))
    #expect(
      F.validate(.choice(selected: [], other: "  peer review "), open)
        == .success(.choice(selected: [], other: "peer review")))
    let closed = PromptKind.choice(ChoiceRule(options: ["A"]))
    #expect(F.validate(.choice(selected: [], other: "x"), closed) == .failure(.pickRequired))
    #expect(
      F.validate(.choice(selected: [0], other: "x"), closed)
        == .success(.choice(selected: ["A"], other: nil)))
  }

  @Test func singleChoiceRefusesSeveral() {
    let pickOne = ValidationError("Pick one option.")
    let single = PromptKind.choice(ChoiceRule(options: ["A", "B"], allowsOther: true))
    #expect(F.validate(.choice(selected: [0, 1], other: ""), single) == .failure(pickOne))
    #expect(F.validate(.choice(selected: [0], other: "x"), single) == .failure(pickOne))
    #expect(
      F.validate(.choice(selected: [1, 1], other: ""), single)
        == .success(.choice(selected: ["B"], other: nil)))
  }

  // MARK: scale

  @Test(arguments: [(1, true), (5, true), (3, true), (0, false), (6, false), (-1, false)])
  func scaleMustBeInRange(value: Int, valid: Bool) {
    let kind = PromptKind.scale(
      ScaleRule(minimum: 1, maximum: 5, minimumLabel: "closed", maximumLabel: "open"))
    let expected: Result<AnswerValue?, ValidationError> =
      valid ? .success(.scale(value)) : .failure(ValidationError("Pick a number from 1 to 5."))
    #expect(F.validate(.scale(value), kind) == expected)
  }

  // MARK: template

  @Test func templateNeedsEveryBlank() {
    let kind = PromptKind.template(F.template)
    #expect(
      F.validate(.template([" a scribe ", "charting time"]), kind)
        == .success(
          .template([
            TemplateFill(blank: "resource", text: "a scribe"),
            TemplateFill(blank: "metric", text: "charting time"),
          ])))
    #expect(
      F.validate(.template(["a scribe", "  "]), kind)
        == .failure(ValidationError("Fill in the blank [metric]; Tab moves between blanks.")))
    #expect(
      F.validate(.template(["", "x"]), kind, required: false)
        == .failure(ValidationError("Fill in the blank [resource]; Tab moves between blanks.")))
    // A draft saved with fewer blanks than the template has now.
    #expect(
      F.validate(.template(["a scribe"]), kind)
        == .failure(ValidationError("Fill in the blank [metric]; Tab moves between blanks.")))
  }
}
