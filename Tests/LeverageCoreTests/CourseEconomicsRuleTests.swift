import LeverageCore
import Testing

@Suite struct CourseEconomicsRuleTests {
  typealias F = CourseFixture
  static let place = #"course.json: unit "economics": "#
  static let prompts = [
    F.salaryPrompt,
    #"{"id": "revenue", "question": "Q", "kind": "money"}"#,
    #"{"id": "overhead", "question": "Q", "kind": "percent", "default": 50}"#,
    #"{"id": "wrvus", "question": "Q", "kind": "number"}"#,
  ]

  private func problems(_ economics: String) -> [String] {
    F.problems(F.course(prompts: Self.prompts, unitExtra: #""economics": "# + economics + ","))
  }

  @Test func wiresTheNamedPrompts() throws {
    let economics = #"{"salary": "salary", "revenue": "revenue", "overhead": "overhead"}"#
    let json = F.course(prompts: Self.prompts, unitExtra: #""economics": "# + economics + ",")
    let unit = try #require(try F.decode(json).unit(id: "economics"))
    let expected = EconomicsInputs(salary: "salary", revenue: "revenue", overhead: "overhead")
    #expect(unit.economics == expected)
  }

  @Test func namedPromptMustExist() {
    #expect(
      problems(#"{"salary": "pay", "revenue": "revenue", "overhead": "overhead"}"#) == [
        Self.place + #"field "economics.salary" names prompt "pay", which this unit does not have."#
      ])
  }

  @Test func namedPromptMustBeOfTheRightKind() {
    #expect(
      problems(#"{"salary": "salary", "revenue": "wrvus", "overhead": "salary"}"#) == [
        Self.place + #"field "economics.revenue" names prompt "wrvus", a number prompt;"#
          + #" it must be a money one."#,
        Self.place + #"field "economics.overhead" names prompt "salary", a money prompt;"#
          + #" it must be a percent one."#,
      ])
  }

  @Test func aRateNeedsTheWRVUsItMultiplies() {
    #expect(
      problems(
        #"{"salary": "salary", "revenue": "revenue", "overhead": "overhead", "wRVUs": "wrvus"}"#
      )
      .isEmpty)
    #expect(
      problems(
        #"{"salary": "salary", "revenue": "revenue", "overhead": "overhead","#
          + #" "ratePerWRVU": "revenue"}"#) == [
          Self.place + #"field "economics.ratePerWRVU" needs "wRVUs" as well."#
        ])
    #expect(
      problems(#"{"salary": "salary"}"#) == [
        Self.place + #"field "economics.revenue" is missing."#,
        Self.place + #"field "economics.overhead" is missing."#,
      ])
  }
}
