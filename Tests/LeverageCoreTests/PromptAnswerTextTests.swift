import Testing

@testable import LeverageCore

@Suite struct PromptAnswerTextTests {
  static let fills = [
    TemplateFill(blank: "resource", text: "a scribe"),
    TemplateFill(blank: "metric", text: "charting time"),
  ]

  @Test(arguments: [
    (AnswerValue.text("As typed\nover lines"), "As typed\nover lines"),
    (.list(["Robotic surgery", "Spanish"]), "Robotic surgery; Spanish"),
    (.choice(selected: ["A", "B"], other: "peer review"), "A, B, other: peer review"),
    (.choice(selected: [], other: "x"), "other: x"),
    (.choice(selected: ["A"], other: nil), "A"),
    (.scale(4), "4"),
    (.money(cents: 25_000_000), "$250,000"),
    (.money(cents: 25_000_050), "$250,000.50"),
    (.percent(50), "50%"),
    (.percent(12.5), "12.5%"),
    (.number(4200), "4,200"),
    (.number(0.00001), "0.00001"),
    (.date(CalendarDate(year: 2026, month: 3, day: 1)), "2026-03-01"),
    (.template(fills), "resource: a scribe; metric: charting time"),
  ])
  func displayText(answer: AnswerValue, text: String) {
    #expect(answer.displayText == text)
  }

  @Test(arguments: [
    (AnswerValue.list(["one", "two"]), "one\ntwo"),
    (.choice(selected: ["A"], other: "peer review"), "A\npeer review"),
    (.money(cents: 25_000_050), "$250,000.50 250000.50"),
    (.money(cents: 25_000_000), "$250,000 250000"),
    (.template(fills), "a scribe\ncharting time"),
    (.percent(50), "50%"),
  ])
  func searchText(answer: AnswerValue, text: String) {
    #expect(answer.searchText == text)
  }

  @Test func templateRendersTheSentence() {
    let template = PromptFixture.template
    #expect(template.filled(with: Self.fills) == "Adding a scribe will cut charting time")
    #expect(
      template.filled(with: Self.fills.reversed()) == "Adding a scribe will cut charting time")
    #expect(template.filled(with: [Self.fills[0]]) == "Adding a scribe will cut {metric}")
  }
}
