import Foundation
import Testing

@testable import LeverageCore

@Suite struct MoneyParserTests {
  static let maximum: Decimal = 50_000_000

  static func parse(_ text: String) -> Result<Int64, ValidationError> {
    MoneyParser.cents(from: text, maximum: maximum)
  }

  @Test(arguments: [
    ("250k", 25_000_000 as Int64), ("250K", 25_000_000), ("$250,000", 25_000_000),
    ("250000.50", 25_000_050), ("1.2m", 120_000_000), ("$1.2M", 120_000_000),
    (" 250 000 ", 25_000_000), ("250 k", 25_000_000), ("$ 250k", 25_000_000),
    ("$0.01", 1), (".5", 50), ("1.23456k", 123_456), ("250.500", 25_050),
    ("1,2,3", 12_300), ("$50,000,000", 5_000_000_000), ("50m", 5_000_000_000),
    ("0250", 25_000), ("250\u{A0}000", 25_000_000),
  ])
  func accepts(typed: String, cents: Int64) {
    #expect(Self.parse(typed) == .success(cents))
  }

  @Test(arguments: [
    ("$0", MoneyParser.notPositive), ("0.00", MoneyParser.notPositive),
    ("-5", MoneyParser.notPositive), ("$-5", MoneyParser.notPositive),
    ("-$5", MoneyParser.notPositive), ("−250k", MoneyParser.notPositive),
    ("250.555", MoneyParser.tooPrecise), ("1.234567k", MoneyParser.tooPrecise),
    ("0.001", MoneyParser.tooPrecise),
    ("250k.5", MoneyParser.unreadable), ("k", MoneyParser.unreadable),
    ("$", MoneyParser.unreadable), ("١٢٣", MoneyParser.unreadable),
    ("２５０", MoneyParser.unreadable), ("250kk", MoneyParser.unreadable),
    ("250b", MoneyParser.unreadable), ("USD 250000", MoneyParser.unreadable),
    ("250,,000", MoneyParser.unreadable), (",250", MoneyParser.unreadable),
    ("250.", MoneyParser.unreadable), ("1.2.3", MoneyParser.unreadable),
    ("250,000.5,0", MoneyParser.unreadable), ("nan", MoneyParser.unreadable),
    ("1e6", MoneyParser.unreadable), ("$$5", MoneyParser.unreadable),
  ])
  func rejects(typed: String, error: ValidationError) {
    #expect(Self.parse(typed) == .failure(error))
  }

  @Test(arguments: ["$50,000,000.01", "50.1m", "1000000000k", String(repeating: "9", count: 40)])
  func rejectsAboveTheMaximum(typed: String) {
    let message = "That is more than $50,000,000; check the amount."
    #expect(Self.parse(typed) == .failure(ValidationError(message)))
  }

  @Test func validatorUsesThePromptsMaximum() {
    let kind = PromptKind.money(maximum: 1_000)
    #expect(PromptFixture.validate(.field("1k"), kind) == .success(.money(cents: 100_000)))
    #expect(
      PromptFixture.validate(.field("1,000.01"), kind)
        == .failure(ValidationError("That is more than $1,000; check the amount.")))
  }

  @Test(arguments: [
    (0 as Int64, "$0"), (1, "$0.01"), (50, "$0.50"), (100, "$1"), (99_999, "$999.99"),
    (25_000_000, "$250,000"), (25_000_050, "$250,000.50"), (123_456_789_00, "$123,456,789"),
    (-2_000_000, "-$20,000"), (Int64.min, "-$92,233,720,368,547,758.08"),
  ])
  func formatsDollars(cents: Int64, text: String) {
    #expect(MoneyFormat.dollars(cents) == text)
  }
}
