import Foundation
import LeverageCore
import Testing

@Suite struct CourseLoaderTests {
  typealias F = CourseFixture

  @Test func decodesAMinimalCourse() throws {
    let course = try F.decode(F.course(prompt: F.salaryPrompt))
    #expect(course.title == "Test course")
    #expect(course.parts.map(\.numbered) == [true])
    let prompt = try #require(course.unit(id: "economics")?.prompts.first)
    let expected = Prompt(id: "salary", question: "Your pay?", kind: .money(maximum: 50_000_000))
    #expect(prompt == expected)
  }

  @Test func readsEveryKindsFields() throws {
    let prompts = [
      #"{"id": "a", "question": "Q", "kind": "text", "minLength": 3, "required": false}"#,
      #"{"id": "b", "question": "Q", "kind": "list", "exactItems": 2, "suggestions": ["x"]}"#,
      #"{"id": "c", "question": "Q", "kind": "choice", "options": ["x", "y"], "multiple": true,"#
        + #" "allowOther": true}"#,
      #"{"id": "d", "question": "Q", "kind": "scale", "min": 1, "max": 5, "minLabel": "lo","#
        + #" "maxLabel": "hi"}"#,
      #"{"id": "e", "question": "Q", "kind": "money", "maximum": 1000}"#,
      #"{"id": "f", "question": "Q", "kind": "percent", "default": 50}"#,
      #"{"id": "g", "question": "Q", "kind": "number", "unit": "wRVUs a year"}"#,
      #"{"id": "h", "question": "Q", "kind": "date", "hint": "When?"}"#,
      #"{"id": "i", "question": "Q", "kind": "template", "template": "Add {x} now"}"#,
    ]
    let unit = try #require(try F.decode(F.course(prompts: prompts)).units.first)
    #expect(
      unit.prompts.map(\.kind) == [
        .text(minLength: 3),
        .list(ListRule(minimum: 2, exactly: 2, suggestions: ["x"])),
        .choice(ChoiceRule(options: ["x", "y"], multiple: true, allowsOther: true)),
        .scale(ScaleRule(minimum: 1, maximum: 5, minimumLabel: "lo", maximumLabel: "hi")),
        .money(maximum: 1000),
        .percent(defaultValue: 50),
        .number(unit: "wRVUs a year"),
        .date(inFuture: false),
        .template(
          TemplateText(
            segments: [.literal("Add "), .blank("x"), .literal(" now")],
            source: "Add {x} now")),
      ])
    #expect(unit.prompts.map(\.required) == [false] + Array(repeating: true, count: 8))
    #expect(unit.prompts[7].hint == "When?")
  }

  @Test func missingFileIsNamed() {
    let url = URL(fileURLWithPath: "/nonexistent/leverage/course.json")
    let error = #expect(throws: CourseLoadError.self) { try CourseLoader.load(from: url) }
    #expect(error?.message == "course file not found: /nonexistent/leverage/course.json")
  }

  @Test func syntaxErrorGivesLineAndColumn() {
    let json = "{\n  \"format\": 1,\n  \"title\": 'x'\n}"
    #expect(F.problems(json) == ["course.json is not valid JSON at line 3, column 12"])
    #expect(F.problems("  \n") == ["course.json is empty"])
  }

  @Test func unsupportedFormatStopsEarly() {
    #expect(
      F.problems(F.course(parts: [], format: "2")) == [
        #"course.json: field "format" must be 1 (found 2)."#
      ])
  }

  @Test func topLevelProblems() {
    #expect(F.problems("[1, 2]") == ["course.json: must be an object (found a list)."])
    #expect(
      F.problems(#"{"parts": []}"#) == [
        #"course.json: field "format" is missing."#,
        #"course.json: field "title" is missing."#,
        #"course.json: field "welcome" is missing."#,
        #"course.json: field "parts" must have at least one part."#,
      ])
    let welcome = F.course(parts: [F.part(units: [F.unit(prompts: [F.salaryPrompt])])])
      .replacingOccurrences(of: #""body": "Welcome.""#, with: #""body": " ", "facts": [{}]"#)
    #expect(
      F.problems(welcome) == [
        #"course.json: field "welcome.body" must not be empty."#,
        #"course.json: welcome, fact 1: field "text" is missing."#,
        #"course.json: welcome, fact 1: field "source" is missing."#,
      ])
  }

  @Test func unitAndPromptFieldsAreChecked() {
    let unit = #"{"id": "economics", "title": "", "prompts": []}"#
    #expect(
      F.problems(F.course(parts: [F.part(units: [unit])])) == [
        #"course.json: unit "economics": field "title" must not be empty."#,
        #"course.json: unit "economics": field "idea" is missing."#,
        #"course.json: unit "economics": field "prompts" must have at least one prompt."#,
      ])
    let prompt = #"{"id": "salary", "kind": "money", "required": "yes"}"#
    #expect(
      F.problems(F.course(prompt: prompt)) == [
        #"course.json: unit "economics", prompt "salary": field "question" is missing."#,
        #"course.json: unit "economics", prompt "salary": field "required" must be true or false"#
          + #" (found "yes")."#,
      ])
  }

  /// JSON's `1` is a number and `true` a boolean, though Foundation hands both back as
  /// NSNumber.
  @Test func numbersAndBooleansAreNotMistakenForEachOther() {
    let prompt =
      #"{"id": "salary", "question": "Q", "kind": "scale", "min": true, "max": 5, "required": 1,"#
      + #" "minLabel": "low", "maxLabel": "high"}"#
    #expect(
      F.problems(F.course(prompt: prompt)) == [
        #"course.json: unit "economics", prompt "salary": field "required" must be true or false"#
          + #" (found 1)."#,
        #"course.json: unit "economics", prompt "salary": field "min" must be a whole number"#
          + #" (found true)."#,
      ])
  }

  @Test func badIdsArePlacedByPosition() {
    let prompt = #"{"id": "Salary", "question": "Q", "kind": "date"}"#
    #expect(
      F.problems(F.course(prompt: prompt)) == [
        #"course.json: unit "economics", prompt 1: field "id" must be lowercase letters, digits"#
          + #" and hyphens (found "Salary")."#
      ])
    let unit = #"{"title": "T", "idea": "I", "prompts": [{"id": "a"}]}"#
    #expect(
      F.problems(F.course(parts: [F.part(units: [unit])])) == [
        #"course.json: part "build", unit 1: field "id" is missing."#,
        #"course.json: part "build", unit 1, prompt "a": field "question" is missing."#,
        #"course.json: part "build", unit 1, prompt "a": field "kind" is missing."#,
      ])
  }

  @Test func duplicateIdsAreReported() {
    let first = F.part(id: "build", units: [F.unit(prompts: [F.salaryPrompt])])
    let second = F.part(id: "negotiate", units: [F.unit(prompts: [F.salaryPrompt])])
    #expect(
      F.problems(F.course(parts: [first, second])) == [
        #"course.json: unit "economics": field "id" must be unique across the course"#
          + #" ("economics" is used more than once)."#
      ])
    let third = F.part(id: "build", units: [F.unit(id: "other", prompts: [F.salaryPrompt])])
    #expect(
      F.problems(F.course(parts: [first, third])) == [
        #"course.json: part "build": field "id" must be unique across the course"#
          + #" ("build" is used more than once)."#
      ])
    #expect(
      F.problems(F.course(prompts: [F.salaryPrompt, F.salaryPrompt])) == [
        #"course.json: unit "economics", prompt "salary": field "id" must be unique within the"#
          + #" unit ("salary" is used more than once)."#
      ])
  }

  @Test func unknownKindListsTheKnownOnes() {
    let prompt = #"{"id": "mood", "question": "Q", "kind": "slider", "steps": 3}"#
    #expect(
      F.problems(F.course(prompt: prompt)) == [
        #"course.json: unit "economics", prompt "mood": field "kind" must be one of text, list,"#
          + #" choice, scale, money, percent, number, date, template (found "slider")."#
      ])
  }

  @Test func unknownFieldsAreReported() {
    let prompt = #"{"id": "areas", "question": "Q", "kind": "list", "minitems": 3}"#
    #expect(
      F.problems(F.course(prompt: prompt)) == [
        #"course.json: unit "economics", prompt "areas": field "minitems" is not a known field"#
          + #" for a list prompt (known: id, question, hint, required, sameAs, kind, minItems,"#
          + #" exactItems, suggestions, rankFrom)."#
      ])
  }

  @Test func collectsEveryProblemButShowsTheFirstTwenty() throws {
    let prompts = (1...25).map { #"{"id": "p\#($0)", "question": "Q", "kind": "slider"}"# }
    let error = #expect(throws: CourseLoadError.self) { try F.decode(F.course(prompts: prompts)) }
    #expect(error?.problems.count == 25)
    let lines = try #require(error?.message.split(separator: "\n"))
    #expect(lines.count == 21)
    #expect(lines.first?.hasPrefix(#"course.json: unit "economics", prompt "p1": "#) == true)
    #expect(lines.last == "... and 5 more problems.")
  }
}

@Suite struct CourseRankingTests {
  private typealias F = CourseFixture

  @Test func aRankingMustNameAnEarlierListOfItsUnit() {
    let prompt = #"{"id": "ranking", "question": "Q", "kind": "list", "rankFrom": "areas"}"#
    #expect(
      F.problems(F.course(prompt: prompt)) == [
        #"course.json: unit "economics": field "prompts" prompt "ranking": "rankFrom" must name"#
          + #" an earlier list prompt of this unit (found "areas")."#
      ])
  }
}
