import Foundation
import LeverageCore
import LeverageResources
import Testing

/// The course that ships with the app: it must load, and keep the shape the app relies on.
@Suite struct CourseShippedTests {
  let course: Course

  init() throws {
    let url = try #require(CourseResource.defaultCourseURL)
    course = try CourseLoader.load(from: url)
  }

  @Test func hasThePartsAndUnitsOfTheBrief() {
    #expect(course.parts.map(\.id) == ["profile", "build", "negotiate", "wrap-up"])
    #expect(course.parts.map(\.numbered) == [false, true, true, false])
    #expect(
      course.numberedUnits.map(\.id) == [
        "know-your-value", "early-career", "economics", "beyond-salary", "flexibility-cues",
        "clarity", "framing", "relationships", "options", "rehearsal",
      ])
    #expect(course.parts.last?.units.map(\.id) == ["ladder", "wrap-up", "debrief"])
    #expect(course.unit(id: "economics")?.title == "Know the economics of your role")
  }

  @Test func usesEveryPromptKind() {
    let used = Set(course.units.flatMap(\.prompts).map(\.kind.name))
    #expect(used == Set(PromptKindName.allCases))
  }

  @Test func wiresTheEconomicsOfStepThree() throws {
    let unit = try #require(course.unit(id: "economics"))
    let inputs = try #require(unit.economics)
    let kinds: [String: PromptKindName] = [
      inputs.salary: .money, inputs.revenue: .money, inputs.overhead: .percent,
      inputs.wRVUs ?? "": .number, inputs.ratePerWRVU ?? "": .money,
    ]
    for (id, kind) in kinds {
      #expect(course.prompt(PromptKey(unitID: unit.id, promptID: id))?.kind.name == kind)
    }
    let overhead = course.prompt(PromptKey(unitID: "economics", promptID: inputs.overhead))
    #expect(overhead?.kind == .percent(defaultValue: 50))
    #expect(course.units.filter { $0.economics != nil }.map(\.id) == ["economics"])
  }

  @Test func keepsTheValidationTheBriefAsksFor() {
    func kind(_ unit: String, _ prompt: String) -> PromptKind? {
      course.prompt(PromptKey(unitID: unit, promptID: prompt))?.kind
    }
    #expect(kind("know-your-value", "contributions") == .list(ListRule(minimum: 2, exactly: 2)))
    guard case .list(let areas) = kind("beyond-salary", "areas") else {
      Issue.record("areas is not a list")
      return
    }
    #expect(areas.exactly == 3 && areas.suggestions.count == 9)
    let openness = ScaleRule(
      minimum: 1, maximum: 5, minimumLabel: "Closed", maximumLabel: "Wide open")
    #expect(kind("flexibility-cues", "openness") == .scale(openness))
    guard case .template(let proposal) = kind("framing", "proposal") else {
      Issue.record("proposal is not a template")
      return
    }
    #expect(proposal.blanks == ["resource", "metric", "percent", "amount"])
    guard case .choice(let takeaways) = kind("wrap-up", "takeaways") else {
      Issue.record("takeaways is not a choice")
      return
    }
    #expect(takeaways.multiple && takeaways.options.count == 4)
  }

  /// The spotlight shows every profile field, each once and all optional, with the either-or
  /// picks as two-option choices.
  @Test func asksEveryProfileFieldOptionally() throws {
    let (unit, inputs) = try #require(course.profileUnit)
    let shown = inputs.facts + inputs.sections + inputs.picks
    #expect(unit.prompts.map(\.id) == shown.map(\.promptID))
    #expect(unit.prompts.allSatisfy { !$0.required })
    let picks = inputs.picks.compactMap { field -> ChoiceRule? in
      let prompt = unit.prompts.first { $0.id == field.promptID }
      if case .choice(let rule)? = prompt?.kind { return rule } else { return nil }
    }
    #expect(picks.count == 6 && picks.allSatisfy { $0.options.count == 2 && !$0.multiple })
  }

  /// Every role the app reads, as the shipped course declares it.
  @Test func declaresTheRolesTheAppReads() throws {
    let (unit, inputs) = try #require(course.profileUnit)
    #expect(unit.id == "profile" && course.parts.first?.units == [unit])
    #expect(
      [
        inputs.name, inputs.specialty, inputs.subSpecialties, inputs.yearsInPractice,
        inputs.currentRole, inputs.location,
      ] == ["name", "specialty", "sub-specialties", "years", "role", "location"])
    #expect(inputs.facts.map(\.label).first == "Name")
    #expect(inputs.sections.map(\.label).last == "So far...")
    #expect(
      course.prompt(PromptKey(unitID: unit.id, promptID: "years"))?.kind
        == .number(unit: "years"))
    #expect(course.units.filter(\.leadsToActionItems).map(\.id) == ["wrap-up"])
    let noted = course.units.filter { $0.earlyCareerNote != nil }
    #expect(noted.map(\.id) == ["early-career"])
    #expect(noted.first?.earlyCareerNote?.belowYears == 5)
  }

  /// The wrap-up ends on its checklist; the action items screen follows it.
  @Test func wrapUpLeadsIntoTheActionItems() throws {
    let unit = try #require(course.units.first { $0.leadsToActionItems })
    #expect(unit.prompts.map(\.id) == ["takeaways"])
  }

  @Test func wiresTheLadderAndTheDebrief() throws {
    let ladder = try #require(course.ladderUnit)
    #expect(ladder.unit.id == "ladder")
    #expect(ladder.inputs.alternativeWorth == "alternative-worth")
    let anchorReason = try #require(ladder.unit.prompts.first { $0.id == "anchor-reason" })
    // Optional, so an anchor without a reason can be saved and then warned about.
    #expect(!anchorReason.required)
    let debrief = try #require(course.debriefUnit)
    #expect(debrief.unit.id == "debrief")
    #expect(debrief.unit.prompts.allSatisfy { !$0.required })
  }

  /// The idea, example and prompt share one pane of an 80x24 screen.
  @Test func textFitsASmallScreen() {
    for unit in course.units {
      #expect(unit.idea.count <= 320, "\(unit.id) idea")
      #expect((unit.example?.count ?? 0) <= 200, "\(unit.id) example")
      for prompt in unit.prompts {
        #expect(prompt.question.count <= 90, "\(unit.id)/\(prompt.id) question")
        #expect((prompt.hint?.count ?? 0) <= 140, "\(unit.id)/\(prompt.id) hint")
      }
    }
  }
}
