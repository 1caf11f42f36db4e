import CoachTestKit
import Foundation
import LeverageCore
import LeverageResources
import Testing

/// The shipped course with the coach: answers carried across, cross-checks, and inputs that
/// save only what the user chose.
@Suite struct TrustedInputTests {
  let course: Course

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func key(_ unit: String, _ prompt: String) -> PromptKey {
    PromptKey(unitID: unit, promptID: prompt)
  }

  /// The coach open on `key`, with `answers` saved and today 2026-03-01.
  func state(at key: PromptKey, answers: [PromptKey: AnswerValue] = [:], offers: [Offer] = [])
    throws -> CoachState
  {
    var state = CoachState(
      course: course, answers: answers, drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 3, day: 1), offers: offers)
    let position = try #require(state.outline.position(of: key))
    // The profile's unit opens on its spotlight card; its questions open from the welcome's P.
    state.play([
      state.outline.stops[position.unitIndex].inProfile
        ? .profile(.editRequested) : .unitOpened(position.unitIndex)
    ])
    while state.currentKey != key, state.currentKey != nil {
      state.play([.nextPromptRequested])
    }
    #expect(state.currentKey == key)
    return state
  }

  // MARK: Inputs that save only what was chosen

  @Test func enterOnAnUntouchedOptionalChoiceSkipsItInsteadOfSavingTheFirstOption() throws {
    var state = try state(at: key("profile", "summer-winter"))
    let effects = state.play([.answerSubmitted])
    #expect(!effects.contains { if case .saveAnswer = $0 { true } else { false } })
    #expect(state.answers[key("profile", "summer-winter")] == nil)
    #expect(state.currentKey == key("profile", "er-greys"))
  }

  @Test func enterOnARequiredChoiceWithNothingPickedSaysSo() throws {
    var state = try state(at: key("early-career", "fairness"))
    state.play([.answerSubmitted])
    #expect(state.answers[key("early-career", "fairness")] == nil)
    #expect(state.currentKey == key("early-career", "fairness"))
    #expect(state.notice.map { if case .error = $0 { true } else { false } } == true)
  }

  @Test func enterOnAnOptionTheUserMovedToPicksIt() throws {
    var state = try state(at: key("early-career", "fairness"))
    state.play([.focusMoved(by: 1), .answerSubmitted])
    #expect(state.answers[key("early-career", "fairness")] == .choice(selected: ["No"], other: nil))
  }

  @Test func aKeyOffTheScaleChangesNothingAndSaysWhy() throws {
    var state = try state(at: key("flexibility-cues", "openness"))
    state.play([.scaleSet(9)])
    #expect(state.editor?.scale == nil)
    #expect(state.notice == .error("9 is off this scale: pick a number from 1 to 5."))
    state.play([.scaleSet(4), .answerSubmitted])
    #expect(state.answers[key("flexibility-cues", "openness")] == .scale(4))
  }

  @Test func aPercentBlankRefusesWordsAndSavesTheFigureAsTheSentenceReadsIt() throws {
    var state = try state(at: key("framing", "proposal"))
    for (index, text) in ["a scribe", "note time", "lots", "40k"].enumerated() {
      if index > 0 { state.play([.focusMoved(by: 1)]) }
      state.play([.typed(text)])
    }
    state.play([.answerSubmitted])
    #expect(state.answers[key("framing", "proposal")] == nil)
    #expect(
      state.notice
        == .error("The blank [percent]: Enter a percentage from 0 to 100, like 50 or 50%."))
    state.play([.focusMoved(by: -1), .deletedToLineStart, .typed("15"), .answerSubmitted])
    #expect(
      state.answers[key("framing", "proposal")]
        == .template([
          TemplateFill(blank: "resource", text: "a scribe"),
          TemplateFill(blank: "metric", text: "note time"),
          TemplateFill(blank: "percent", text: "15%"),
          TemplateFill(blank: "amount", text: "$40,000"),
        ]))
  }

  @Test func wordsInABlankThatTakesAFigureAreRefusedAsTheCoachRefusesThem() throws {
    let proposal = try #require(course.prompt(key("framing", "proposal")))
    let old = AnswerValue.template([
      TemplateFill(blank: "resource", text: "a scribe"),
      TemplateFill(blank: "metric", text: "note time"),
      TemplateFill(blank: "percent", text: "a third"),
      TemplateFill(blank: "amount", text: "a nurse's salary"),
    ])
    let problem = AnswerAdmission.problem(with: old, kind: "template", for: proposal)
    #expect(problem?.hasPrefix("breaks the prompt's rule: The blank [percent]: ") == true)
    let figures = AnswerValue.template([
      TemplateFill(blank: "resource", text: "a scribe"),
      TemplateFill(blank: "metric", text: "note time"),
      TemplateFill(blank: "percent", text: "15%"),
      TemplateFill(blank: "amount", text: "$40,000"),
    ])
    #expect(AnswerAdmission.problem(with: figures, kind: "template", for: proposal) == nil)
    let missing = AnswerValue.template([TemplateFill(blank: "resource", text: "a scribe")])
    #expect(AnswerAdmission.problem(with: missing, kind: "template", for: proposal) != nil)
  }

  @Test func aMeetingDayInThePastIsSavedWithAWarning() throws {
    var state = try state(at: key("beyond-salary", "raise-date"))
    state.play([.typed("2026-02-10"), .answerSubmitted])
    let saved = CalendarDate(year: 2026, month: 2, day: 10)
    #expect(state.answers[key("beyond-salary", "raise-date")] == .date(saved))
    #expect(
      state.notice
        == .info("Saved. 2026-02-10 has already passed: change it if the meeting is still ahead."))
    var ahead = try self.state(at: key("beyond-salary", "raise-date"))
    ahead.play([.typed("2026-03-20"), .answerSubmitted])
    #expect(ahead.notice == .info("Saved."))
  }

  @Test func everyExampleInAFigureHintIsAnAnswerTheFieldAccepts() throws {
    let pattern = /(?:e\.g\.|like) ~?([0-9$][0-9$,.\-]*[0-9k%])/
    var checked = 0
    for unit in course.units {
      for prompt in unit.prompts {
        guard let hint = prompt.hint else { continue }
        switch prompt.kind {
        case .money, .number, .percent, .date: break
        default: continue
        }
        for match in hint.matches(of: pattern) {
          let example = String(match.output.1)
          let result = PromptValidator.validate(.field(example), for: prompt)
          #expect(
            (try? result.get()) != nil, "\(unit.id)/\(prompt.id): \"\(example)\" is refused")
          checked += 1
        }
      }
    }
    #expect(checked >= 5)
  }

  // MARK: One physician, one set of facts

  @Test func wRVUsFromStepTwoAreCarriedIntoStepThreeAndMarked() throws {
    let answers: [PromptKey: AnswerValue] = [
      key("early-career", "measure"): .choice(selected: ["wRVUs"], other: nil),
      key("early-career", "standing"): .number(12_400),
    ]
    var state = try state(at: key("economics", "wrvus"), answers: answers)
    #expect(state.editor?.input == .field("12400"))
    #expect(
      state.earlierAnswerNote(for: key("economics", "wrvus"), kind: .number(unit: nil))
        == "Carried over from Step 2: edit it if it has changed.")
    state.play([.answerSubmitted])
    #expect(state.answers[key("economics", "wrvus")] == .number(12_400))
  }

  @Test func aCountInAnotherMeasureIsNotTakenForWRVUs() throws {
    let answers: [PromptKey: AnswerValue] = [
      key("early-career", "measure"): .choice(selected: ["Patient volume"], other: nil),
      key("early-career", "standing"): .number(4_000),
    ]
    let state = try state(at: key("economics", "wrvus"), answers: answers)
    #expect(state.editor?.input == .field(""))
  }

  @Test func theLadderShowsTheWalkAwayPointInTheUsersOwnWords() throws {
    let answers: [PromptKey: AnswerValue] = [
      key("clarity", "walk-away"): .text("Below $450,000, or call above 1-in-4.")
    ]
    let state = try state(at: key("ladder", "walk-away-figure"), answers: answers)
    #expect(state.editor?.input == .field(""))
    #expect(
      state.earlierAnswerNote(for: key("ladder", "walk-away-figure"), kind: .money(maximum: 1))
        == "In Step 6 you wrote: “Below $450,000, or call above 1-in-4.”")
  }

  @Test func aCurrentJobAddedToTheOffersTableStartsWithThePayAlreadyGivenAsAnEstimate() {
    var state = CoachState(
      course: course, answers: [key("economics", "salary"): .money(cents: 64_000_000)],
      drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 3, day: 1))
    _ = Coach.update(&state, .offers(.opened))
    let stamp = Date(timeIntervalSince1970: 0)
    let added = Offer(id: 7, name: "Current job", createdAt: stamp, updatedAt: stamp)
    _ = Coach.update(&state, .offers(.addRequested))
    for character in "Current job" {
      _ = Coach.update(&state, .offers(.row(.edited(.typed(String(character))))))
    }
    _ = Coach.update(&state, .offers(.row(.fieldSubmitted)))
    let effects = Coach.update(&state, .offers(.saved(added)))
    #expect(
      effects == [
        .offers(
          .setEntry(id: 7, line: .salary, entry: .money(cents: 64_000_000, isEstimate: true)))
      ])
    var withSalary = added
    withSalary.entries[.salary] = .money(cents: 64_000_000, isEstimate: true)
    _ = Coach.update(&state, .offers(.saved(withSalary)))
    #expect(
      state.notice
        == .info("Added with ~$640,000, your pay from step 3: change it to the base salary."))
  }

  // MARK: Cross-checks

  func ladder(_ figures: [String: Int64], offers: [Offer] = []) -> OfferLadder? {
    var answers: [PromptKey: AnswerValue] = [:]
    for (id, dollars) in figures {
      let unit = id == "salary" ? "economics" : "ladder"
      answers[key(unit, id)] = .money(cents: dollars * 100)
    }
    answers[key("ladder", "anchor-reason")] = .text("The clinic I built.")
    return OfferLadder(course: course, answers: answers, offers: offers)
  }

  @Test func aWalkAwayBelowTheAlternativeIsNoted() throws {
    let warnings = try #require(
      ladder(["alternative-worth": 280_000, "walk-away-figure": 250_000])
    )
    .warnings
    #expect(warnings == [.walkAwayBelowAlternative(walkAway: 25_000_000, alternative: 28_000_000)])
    #expect(
      try #require(ladder(["alternative-worth": 280_000, "walk-away-figure": 280_000])).warnings
        .isEmpty)
  }

  @Test func aTargetBelowCurrentPayIsNoted() throws {
    let warnings = try #require(ladder(["salary": 640_000, "target": 600_000])).warnings
    #expect(warnings == [.targetBelowCurrentPay(target: 60_000_000, pay: 64_000_000)])
    #expect(
      warnings[0].message
        == "Your target ($600,000) is below your pay now ($640,000): aim at least for what you "
        + "earn, unless you are trading pay for something.")
  }

  @Test func anOutsideOfferAboveTheWalkAwayIsNotedButTheCurrentJobIsNot() throws {
    let stamp = Date(timeIntervalSince1970: 0)
    func offer(_ name: String, _ dollars: Int64) -> Offer {
      Offer(
        id: dollars, name: name,
        entries: [.salary: .money(cents: dollars * 100, isEstimate: false)],
        createdAt: stamp, updatedAt: stamp)
    }
    let offers = [offer("Current job", 900_000), offer("Northside", 310_000)]
    let warnings = try #require(ladder(["walk-away-figure": 280_000], offers: offers)).warnings
    #expect(
      warnings == [.offerAboveWalkAway(name: "Northside", total: 31_000_000, walkAway: 28_000_000)])
  }

  @Test func theLaddersTeachingExampleFollowsItsOwnAdvice() throws {
    let example = try #require(course.ladderUnit?.unit.example)
    let figures = example.matches(of: /\$([0-9]+)k/).compactMap { Int64($0.output.1) }
    #expect(figures.count == 4)
    let ladder = OfferLadder(
      walkAway: .init(cents: figures[1] * 100_000, reason: "r"),
      target: .init(cents: figures[2] * 100_000, reason: "r"),
      anchor: .init(cents: figures[3] * 100_000, reason: "r"),
      alternativeWorthCents: figures[0] * 100_000)
    #expect(ladder.warnings.isEmpty)
  }

  // MARK: Figures current and specific

  @Test func aSpecialtysFigureIsShownToThatSpecialtyOnly() throws {
    let facts = try #require(course.unit(id: "know-your-value")).facts
    let cardiology = facts.filter { $0.specialties.includes("Interventional cardiology") }
    let family = facts.filter { $0.specialties.includes("Family medicine") }
    #expect(cardiology.count == 2 && family.count == 1)
    #expect(facts.filter { $0.specialties.includes(nil) }.count == 2)
    #expect(facts.allSatisfy { $0.source.contains("2019") })
  }

  @Test func theCourseIsInUSEnglish() throws {
    let data = try Data(contentsOf: try #require(CourseResource.defaultCourseURL))
    let text = try #require(String(data: data, encoding: .utf8))
      .replacingOccurrences(of: "\"favourites\"", with: "")
    for british in [
      "practis", "organis", "favour", "specialise", "colour", "behaviour", "centre", "towards",
      "recognis", "prioritis", "analys", "licence", "judgement",
    ] {
      #expect(!text.lowercased().contains(british), "\(british)")
    }
  }
}
