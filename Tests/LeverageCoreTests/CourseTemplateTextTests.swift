import LeverageCore
import Testing

@Suite struct CourseTemplateTextTests {
  @Test func splitsLiteralsAndBlanks() throws {
    let template = try TemplateText(parsing: "Adding {resource} will cut {metric}.")
    #expect(
      template.segments == [
        .literal("Adding "), .blank("resource"), .literal(" will cut "), .blank("metric"),
        .literal("."),
      ])
    #expect(template.blanks == ["resource", "metric"])
    #expect(template.source == "Adding {resource} will cut {metric}.")
  }

  @Test func blanksMayTouch() throws {
    let template = try TemplateText(parsing: "{a}{b-2}")
    #expect(template.segments == [.blank("a"), .blank("b-2")])
  }

  @Test(arguments: [
    ("Plain words", TemplateParseError.noBlanks),
    ("Save {amount", .unclosedBrace(position: 6)),
    ("Save {a {b}", .unclosedBrace(position: 6)),
    ("Save a} now {b}", .unexpectedClosingBrace(position: 7)),
    ("Save {} now", .emptyBlank(position: 6)),
    ("Save {Amount}", .invalidBlankName("Amount")),
    ("Save {the amount}", .invalidBlankName("the amount")),
    ("{x} and {x}", .duplicateBlank("x")),
  ])
  func refusesMalformedTemplates(source: String, expected: TemplateParseError) {
    #expect(throws: expected) { try TemplateText(parsing: source) }
  }
}
