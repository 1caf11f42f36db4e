import Foundation
import LeverageCore
import Testing

/// Each kind's own rules, checked with the file, unit, prompt and field named.
@Suite struct CourseKindRuleTests {
  typealias F = CourseFixture
  static let place = #"course.json: unit "economics", prompt "p": "#

  private func problems(_ fields: String) -> [String] {
    F.problems(F.course(prompt: #"{"id": "p", "question": "Q", "# + fields + "}"))
  }

  @Test func choiceNeedsTwoOptions() {
    #expect(
      problems(#""kind": "choice", "options": ["Yes"]"#) == [
        Self.place + #"field "options" must offer at least 2 options (found 1)."#
      ])
    #expect(
      problems(#""kind": "choice", "options": ["Yes", "Yes", ""]"#) == [
        Self.place + #"field "options" has "Yes" more than once."#,
        Self.place + #"field "options" item 3 must be non-empty text (found "")."#,
        Self.place + #"field "options" must offer at least 2 options (found 1)."#,
      ])
  }

  @Test func scaleNeedsARisingRange() {
    let fields = #""kind": "scale", "min": 5, "max": 5, "minLabel": "a", "maxLabel": "b""#
    #expect(
      problems(fields) == [
        Self.place + #"field "max" must be more than "min" (found 5, min is 5)."#
      ])
    #expect(
      problems(#""kind": "scale", "min": 0, "max": 20, "minLabel": "a""#) == [
        Self.place + #"field "maxLabel" is missing."#,
        Self.place + #"field "max" must be at most 10 above "min" (found 20)."#,
      ])
  }

  @Test func listCountsMustBePositive() {
    #expect(
      problems(#""kind": "list", "exactItems": 0"#) == [
        Self.place + #"field "exactItems" must be 1 or more (found 0)."#
      ])
    #expect(
      problems(#""kind": "list", "minItems": 2, "exactItems": 3"#) == [
        Self.place + #"field "exactItems" cannot be combined with "minItems"; give one of them."#
      ])
    #expect(
      problems(#""kind": "list", "minItems": "two""#) == [
        Self.place + #"field "minItems" must be a whole number (found "two")."#
      ])
  }

  @Test func aTemplateBlankOfAnUnknownKindIsNamedWithItsUnitAndField() {
    #expect(
      problems(#""kind": "template", "template": "Saving {amount:dollars} a year""#) == [
        Self.place + #"field "template" has a blank {amount:dollars} of unknown kind "dollars";"#
          + #" use money, percent, number."#
      ])
  }

  @Test func templateBlanksMayNameTheirKind() throws {
    let template = try TemplateText(
      parsing: "Cut {metric} by {share:percent}, saving {amount:money}")
    #expect(template.blanks == ["metric", "share", "amount"])
    #expect(template.blankKinds == ["share": .percent, "amount": .money])
    #expect(template.filled(with: [TemplateFill(blank: "share", text: "15%")]).contains("by 15%,"))
  }

  @Test func templateMustHaveBalancedBlanks() {
    #expect(
      problems(#""kind": "template", "template": "No blanks here""#) == [
        Self.place + #"field "template" has no blanks; mark each one like {amount}."#
      ])
    #expect(
      problems(#""kind": "template", "template": "Cut {metric by half""#) == [
        Self.place + #"field "template" has a "{" at character 5 that is never closed."#
      ])
    #expect(
      problems(#""kind": "template", "template": "Cut metric} by half""#) == [
        Self.place + #"field "template" has a "}" at character 11 with no "{" before it."#
      ])
  }

  @Test func percentDefaultMustBeAPercentage() {
    #expect(
      problems(#""kind": "percent", "default": 140"#) == [
        Self.place + #"field "default" must be between 0 and 100 (found 140)."#
      ])
    #expect(
      problems(#""kind": "percent", "default": "half""#) == [
        Self.place + #"field "default" must be a number (found "half")."#
      ])
  }

  @Test func moneyMaximumMustBePositive() {
    #expect(
      problems(#""kind": "money", "maximum": -5"#) == [
        Self.place + #"field "maximum" must be a whole number of dollars above 0 (found -5)."#
      ])
  }

  @Test func fieldsOfAnotherKindAreRefused() {
    #expect(
      problems(#""kind": "date", "options": ["a", "b"]"#) == [
        Self.place + #"field "options" is not a known field for a date prompt"#
          + #" (known: id, question, hint, required, sameAs, kind, inFuture)."#
      ])
  }

  /// The course file, the journal's `kind` column and archives all spell kinds this way: a
  /// renamed case would orphan every answer already stored.
  @Test func kindNamesAreTheOnesOnDisk() {
    #expect(
      PromptKindName.allCases.map(\.rawValue) == [
        "text", "list", "choice", "scale", "money", "percent", "number", "date", "template",
      ])
  }

  /// A stored value's `type` is its kind's name, so the value and the row cannot disagree.
  @Test func aStoredValueIsTaggedWithItsKindName() throws {
    let values: [AnswerValue] = [
      .text("a"), .list(["a"]), .choice(selected: ["a"], other: nil), .scale(1),
      .money(cents: 1), .percent(1), .number(1), .date(CalendarDate(year: 2026, month: 3, day: 1)),
      .template([TemplateFill(blank: "a", text: "b")]),
    ]
    for value in values {
      let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
      #expect((object as? [String: Any])?["type"] as? String == value.kindName.rawValue)
    }
    #expect(Set(values.map(\.kindName)) == Set(PromptKindName.allCases))
  }
}
