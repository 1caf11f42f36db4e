import Testing

@testable import LeverageCore

@Suite struct PromptFieldTests {
  typealias F = PromptFixture

  // MARK: percent

  @Test(arguments: [
    ("50", 50.0), ("50%", 50), (" 50 % ", 50), ("12.5", 12.5), ("0", 0), ("100%", 100),
    (".5", 0.5), ("007", 7),
  ])
  func percentAccepts(typed: String, value: Double) {
    #expect(F.validate(.field(typed), .percent(defaultValue: nil)) == .success(.percent(value)))
  }

  @Test(arguments: ["-5", "100.01", "150%", "abc", "12,5", "50%%", "%", "5e1", "nan", "٥٠"])
  func percentRejects(typed: String) {
    let message = "Enter a percentage from 0 to 100, like 50 or 50%."
    #expect(
      F.validate(.field(typed), .percent(defaultValue: 50))
        == .failure(ValidationError(message)))
  }

  @Test func emptyPercentTakesTheDefault() {
    #expect(F.validate(.field("  "), .percent(defaultValue: 50)) == .success(.percent(50)))
    #expect(
      F.validate(.field(""), .percent(defaultValue: 50), required: false)
        == .success(.percent(50)))
  }

  // MARK: number

  @Test(arguments: [
    ("4200", 4200.0), ("4,200", 4200), ("4200.5", 4200.5), (" 0 ", 0),
    ("1,234,567.25", 1_234_567.25),
    ("0.001", 0.001),
  ])
  func numberAccepts(typed: String, value: Double) {
    #expect(F.validate(.field(typed), .number(unit: nil)) == .success(.number(value)))
  }

  @Test(arguments: [
    "-3", "abc", "1e400", "1e3", "inf", "nan", "4,,200", ",42", "42,", "4.2.0", "4200.", "١٢٣",
    "12 wRVUs", String(repeating: "9", count: 400),
  ])
  func numberRejects(typed: String) {
    let message = "Enter a number of zero or more, like 4,200."
    #expect(F.validate(.field(typed), .number(unit: "wRVUs")) == .failure(ValidationError(message)))
  }

  // MARK: date

  @Test(arguments: [
    ("2026-03-01", CalendarDate(year: 2026, month: 3, day: 1)),
    ("2026/03/01", CalendarDate(year: 2026, month: 3, day: 1)),
    (" 2026-3-1 ", CalendarDate(year: 2026, month: 3, day: 1)),
    ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
    ("2000-02-29", CalendarDate(year: 2000, month: 2, day: 29)),
  ])
  func dateAccepts(typed: String, date: CalendarDate) {
    #expect(F.validate(.field(typed), .date(inFuture: false)) == .success(.date(date)))
  }

  @Test(arguments: [
    ("2026-02-30", "2026-02-30 is not a real date."),
    ("2026/2/30", "2026-02-30 is not a real date."),
    ("1900-02-29", "1900-02-29 is not a real date."),
    ("2026-13-01", "2026-13-01 is not a real date."),
    ("2026-00-10", "2026-00-10 is not a real date."),
    ("0000-01-01", "0000-01-01 is not a real date."),
  ])
  func impossibleDatesAreNamed(typed: String, message: String) {
    #expect(F.validate(.field(typed), .date(inFuture: false)) == .failure(ValidationError(message)))
  }

  @Test(arguments: [
    "3/1/2026", "01-03-2026", "2026-03", "2026-03-01-02", "2026-03/01", "26-03-01", "tomorrow",
    "2026-003-01", "２０２６-03-01", "2026-+3-01", "2026--01",
  ])
  func unreadableDatesAskForISO(typed: String) {
    let message = "Enter a date as YYYY-MM-DD, like 2026-03-01."
    #expect(F.validate(.field(typed), .date(inFuture: false)) == .failure(ValidationError(message)))
  }
}
