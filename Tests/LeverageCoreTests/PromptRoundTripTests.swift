import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore

/// Saved answers reopened for editing must read back as the same answer.
@Suite struct PromptRoundTripTests {
  static let scale = ScaleRule(minimum: 1, maximum: 7, minimumLabel: "", maximumLabel: "")
  static let choice = ChoiceRule(
    options: ["Efficiency", "Outcomes", "Revenue", "Retention"], multiple: true, allowsOther: true)
  static let pieces = [
    "a", "Z", " ", "\n", "\t", "é", "e\u{301}", "漢", "🩺", "👩‍⚕️", "🇫🇷", "$", ",", ".", "{x}",
    "\r\n", "\u{200B}", "ß", "\"", "\\",
  ]

  static func text(_ random: inout SeededRandom) -> String {
    (0..<Int.random(in: 0...30, using: &random)).map { _ in
      pieces.randomElement(using: &random) ?? ""
    }.joined()
  }

  func roundTrip(_ answer: AnswerValue, _ kind: PromptKind) {
    let input = PromptInput(answer: answer, kind: kind)
    #expect(
      PromptFixture.validate(input, kind) == .success(answer), "\(answer) via \(input)")
  }

  @Test func fieldKinds() {
    var random = SeededRandom(seed: 1)
    let maximum: Int64 = 5_000_000_000
    for _ in 0..<2_000 {
      roundTrip(
        .money(cents: Int64.random(in: 1...maximum, using: &random)),
        .money(maximum: 50_000_000))
      // What the coach can save: up to 6 decimals (`NumberParser.largestDecimals`).
      let divisor: Double = [1, 10, 1e3, 1e6].randomElement(using: &random) ?? 1
      let digits = Double(Int64.random(in: 0...999_999_999_999, using: &random))
      let number = Bool.random(using: &random) ? digits / divisor : digits * 1e6
      roundTrip(.number(number), .number(unit: nil))
      let percent = Double(Int.random(in: 0...100_000_000, using: &random)) / 1e6
      roundTrip(.percent(percent), .percent(defaultValue: 50))
      let year = Int.random(in: 1...9999, using: &random)
      let month = Int.random(in: 1...12, using: &random)
      let day = Int.random(in: 1...28, using: &random)
      roundTrip(.date(CalendarDate(year: year, month: month, day: day)), .date(inFuture: false))
    }
  }

  @Test(arguments: [Double.greatestFiniteMagnitude, 0.1, 0.000001, 1e16, 123_456_789.125, 0])
  func extremeNumbers(value: Double) {
    roundTrip(.number(value), .number(unit: nil))
  }

  @Test(arguments: [0.0, 100, 12.5, 33.333333, 0.000001])
  func extremePercents(value: Double) {
    roundTrip(.percent(value), .percent(defaultValue: nil))
  }

  /// Issue 24: more decimals than a count carries (5e-324 wRVUs) is refused, not stored.
  @Test(arguments: [Double.leastNonzeroMagnitude, 0.30000000000000004, 1e-7, 33.333333333333336])
  func numbersWithMoreThanSixDecimalsAreRefused(value: Double) {
    let number = PromptInput(answer: .number(value), kind: .number(unit: nil))
    #expect(PromptFixture.validate(number, .number(unit: nil)) == .failure(NumberParser.tooPrecise))
    let percent = PromptInput(answer: .percent(value), kind: .percent(defaultValue: nil))
    #expect(
      PromptFixture.validate(percent, .percent(defaultValue: nil))
        == .failure(NumberParser.tooPrecise))
  }

  @Test(arguments: [1 as Int64, 99, 100, 5_000_000_000, 4_999_999_999])
  func extremeMoney(cents: Int64) {
    roundTrip(.money(cents: cents), .money(maximum: 50_000_000))
  }

  @Test func structuredKinds() {
    var random = SeededRandom(seed: 2)
    for _ in 0..<500 {
      // Whatever validation stores is what must come back.
      let typed = Self.text(&random)
      if case .success(let answer?) = PromptFixture.validate(.text(typed), .text(minLength: 0)) {
        roundTrip(answer, .text(minLength: 0))
      }
      let items = (0..<Int.random(in: 1...6, using: &random)).map { _ in
        Self.text(&random).trimmingCharacters(in: .whitespacesAndNewlines)
      }.filter { !$0.isEmpty }
      if !items.isEmpty { roundTrip(.list(items), .list(ListRule(minimum: 1))) }
      let options = Self.choice.options.filter { _ in Bool.random(using: &random) }
      let other = Self.text(&random).trimmingCharacters(in: .whitespacesAndNewlines)
      if !options.isEmpty || !other.isEmpty {
        roundTrip(
          .choice(selected: options, other: other.isEmpty ? nil : other), .choice(Self.choice))
      }
      roundTrip(.scale(Int.random(in: 1...7, using: &random)), .scale(Self.scale))
      let fills = PromptFixture.template.blanks.map {
        TemplateFill(blank: $0, text: "v" + Self.text(&random) + "w")
      }
      roundTrip(.template(fills), .template(PromptFixture.template))
    }
  }

  @Test func listsShorterThanTheirRowsArePadded() {
    let kind = PromptKind.list(ListRule(exactly: 3))
    #expect(PromptInput(answer: .list(["a"]), kind: kind) == .list(["a", "", ""]))
  }

  @Test func renamedChoiceOptionsAreDropped() {
    let input = PromptInput(
      answer: .choice(selected: ["Gone", "Revenue"], other: nil),
      kind: .choice(Self.choice))
    #expect(input == .choice(selected: [2], other: ""))
  }

  @Test func answersOfAnotherKindOpenEmpty() {
    #expect(PromptInput(answer: .scale(3), kind: .text(minLength: 0)) == .text(""))
    #expect(PromptInput(answer: .percent(5), kind: .number(unit: nil)) == .field(""))
  }

  @Test(arguments: [
    (PromptKind.text(minLength: 10), PromptInput.text("")),
    (.list(ListRule(exactly: 3)), .list(["", "", ""])),
    (.list(ListRule(minimum: 2)), .list(["", ""])),
    (.list(ListRule(minimum: 0)), .list([""])),
    (.choice(choice), .choice(selected: [], other: "")),
    (.scale(scale), .scale(nil)),
    (.money(maximum: 10), .field("")),
    (.percent(defaultValue: 50), .field("")),
    (.number(unit: nil), .field("")),
    (.date(inFuture: false), .field("")),
    (.template(PromptFixture.template), .template(["", ""])),
  ])
  func emptyInputs(kind: PromptKind, input: PromptInput) {
    #expect(PromptInput.empty(for: kind) == input)
  }
}
