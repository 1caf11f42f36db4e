import CoachTestKit
import LeverageCore
import Testing

/// The roles units declare (the profile, the early-career note, the unit leading to the action
/// items), each checked with the file, unit and field named.
@Suite struct CourseRoleRuleTests {
  typealias F = CourseFixture
  static let profilePrompts = [
    #"{"id": "name", "question": "Name?", "kind": "text", "required": false}"#,
    #"{"id": "years", "question": "Years?", "kind": "number", "required": false}"#,
    #"{"id": "tea", "question": "Tea?", "kind": "choice", "options": ["Tea", "Coffee"]}"#,
  ]
  static let profile = #"""
    "profile": {"name": "name", "yearsInPractice": "years",
     "facts": [{"prompt": "name", "label": "Name"}, {"prompt": "years", "label": "Years"}],
     "picks": [{"prompt": "tea", "label": "Tea or coffee"}]},
    """#
  static let note = #""earlyCareerNote": {"belowYears": 5, "text": "Early on? You count."},"#

  /// A course of a profile part (unnumbered unless told) and one numbered step.
  private func course(
    profile: String = Self.profile, profileNumbered: Bool = false, stepExtra: String = Self.note,
    extraUnits: [String] = []
  ) -> String {
    let profileUnit = F.unit(id: "profile", prompts: Self.profilePrompts, extra: profile)
    let profilePart =
      String(F.part(id: "profile", units: [profileUnit]).dropLast())
      + #", "numbered": \#(profileNumbered)}"#
    let step = F.unit(
      id: "step", prompts: [#"{"id": "p", "question": "Q", "kind": "text"}"#], extra: stepExtra)
    return F.course(parts: [profilePart, F.part(units: [step] + extraUnits)])
  }

  @Test func readsTheRolesBack() throws {
    let course = try F.decode(
      course(stepExtra: Self.note + #""leadsToActionItems": true,"#))
    let (unit, inputs) = try #require(course.profileUnit)
    #expect(unit.id == "profile")
    #expect(inputs.name == "name" && inputs.yearsInPractice == "years" && inputs.specialty == nil)
    #expect(inputs.facts.map(\.label) == ["Name", "Years"])
    #expect(inputs.picks == [ProfileInputs.Field(promptID: "tea", label: "Tea or coffee")])
    let step = try #require(course.unit(id: "step"))
    #expect(step.earlyCareerNote == EarlyCareerNote(belowYears: 5, text: "Early on? You count."))
    #expect(step.leadsToActionItems)
    let years = [PromptKey(unitID: "profile", promptID: "years"): AnswerValue.number(2)]
    #expect(
      ProfileSpotlight.earlyCareerNote(on: step, course: course, answers: years)
        == "Early on? You count.")
  }

  @Test func aRolesPromptMustExistAndBeOfItsKind() {
    let profile = #"""
      "profile": {"name": "years", "location": "town",
       "facts": [{"prompt": "nobody", "label": "Who"}], "picks": [{"prompt": "name", "label": "N"}]},
      """#
    let place = #"course.json: unit "profile": "#
    #expect(
      F.problems(course(profile: profile, stepExtra: "")) == [
        place
          + #"field "profile.name" names prompt "years", a number prompt; it must be a text one."#,
        place + #"field "profile.location" names prompt "town", which this unit does not have."#,
        place
          + #"field "profile.facts[1].prompt" names prompt "nobody", which this unit does not have."#,
        place
          + #"field "profile.picks[1].prompt" names prompt "name", a text prompt; it must be a choice one."#,
      ])
  }

  @Test func theProfileShowsEachPromptOnceUnderALabel() {
    let profile = #"""
      "profile": {"facts": [{"prompt": "name", "label": "Name"}, {"prompt": "name"}, "years"],
       "sections": [{"prompt": "name", "label": "Again"}]},
      """#
    let place = #"course.json: unit "profile": "#
    #expect(
      F.problems(course(profile: profile, stepExtra: "")) == [
        place + #"field "profile.facts" item 3 must be an object (found "years")."#,
        place + #"field "profile.facts[2].label" is missing."#,
        place
          + #"field "profile.sections[1].prompt" names prompt "name", which the profile already shows."#,
      ])
  }

  @Test func aCourseHasOneProfileOutsideTheSteps() {
    let second = F.unit(
      id: "second", prompts: [#"{"id": "name", "question": "Q", "kind": "text"}"#],
      extra: #""profile": {"name": "name"},"#)
    #expect(
      F.problems(course(profileNumbered: true, extraUnits: [second])) == [
        #"course.json: unit "profile": field "profile" must sit in a part with "numbered": false; "#
          + "the profile is no step of the course.",
        #"course.json: unit "second": field "profile" is declared by unit "profile" already; "#
          + "a course has one profile, so remove one.",
        #"course.json: unit "second": field "profile" must sit in a part with "numbered": false; "#
          + "the profile is no step of the course.",
      ])
  }

  @Test func theEarlyCareerNoteNeedsTheYearsInPractice() {
    let withoutYears = #""profile": {"name": "name"},"#
    #expect(
      F.problems(course(profile: withoutYears)) == [
        #"course.json: unit "step": field "earlyCareerNote" needs the years in practice: "#
          + #"name a number prompt in the profile unit's "profile.yearsInPractice"."#
      ])
    #expect(
      F.problems(course(stepExtra: #""earlyCareerNote": {"belowYears": 0, "text": "T"},"#)) == [
        #"course.json: unit "step": field "earlyCareerNote.belowYears" must be more than 0 (found 0)."#
      ])
  }

  /// Every role is optional: a course without them loads, and the coach says there is no
  /// profile rather than opening a card that could never fill.
  @Test func aCourseWithoutRolesHasNoProfileScreen() throws {
    let course = try F.decode(F.course(prompt: #"{"id": "p", "question": "Q", "kind": "text"}"#))
    #expect(course.profileUnit == nil)
    #expect(!course.units.contains { $0.leadsToActionItems || $0.earlyCareerNote != nil })
    let name = [PromptKey(unitID: "profile", promptID: "name"): AnswerValue.text("Dr A")]
    #expect(ProfileSpotlight(course: course, answers: name).isEmpty)
    #expect(ProfileSpotlight(course: course, answers: name).byline == nil)
    for event in [CoachEvent.profile(.shown), .profile(.editRequested)] {
      var state = CoachState(course: course, answers: name, drafts: [:], place: nil)
      state.play([event])
      #expect(state.route != .profile)
      #expect(state.notice == .info("This course has no profile."))
    }
  }
}
