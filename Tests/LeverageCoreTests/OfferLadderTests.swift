import LeverageCore
import LeverageResources
import Testing

@Suite struct OfferLadderTests {
  let course: Course

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func ladder(_ answers: [String: AnswerValue], offer: Int64? = nil) throws -> OfferLadder {
    var keyed = Dictionary(
      uniqueKeysWithValues: answers.map { (PromptKey(unitID: "ladder", promptID: $0), $1) })
    if let offer { keyed[PromptKey(unitID: "debrief", promptID: "offered")] = .money(cents: offer) }
    return try #require(OfferLadder(course: course, answers: keyed))
  }

  static func dollars(_ amount: Int64) -> AnswerValue { .money(cents: amount * 100) }

  let sound: [String: AnswerValue] = [
    "alternative-worth": dollars(290_000), "walk-away-figure": dollars(290_000),
    "walk-away-reason": .text("Matches the offer from the clinic in town."),
    "target": dollars(320_000), "target-reason": .text("MGMA median for my wRVUs."),
    "anchor": dollars(340_000), "anchor-reason": .text("The new clinic brings in $600k."),
  ]

  @Test func readsEachRungAndItsReason() throws {
    let ladder = try ladder(sound)
    #expect(
      ladder.walkAway
        == .init(cents: 29_000_000, reason: "Matches the offer from the clinic in town."))
    #expect(ladder.target.cents == 32_000_000)
    #expect(ladder.anchor.reason == "The new clinic brings in $600k.")
    #expect(ladder.alternativeWorthCents == 29_000_000)
    #expect(ladder.warnings.isEmpty)
  }

  @Test(arguments: [
    (Int64(28_999_999), LadderPlacement.belowWalkAway),
    (29_000_000, .betweenWalkAwayAndTarget),
    (31_999_999, .betweenWalkAwayAndTarget),
    (32_000_000, .atOrAboveTarget),
    (45_000_000, .atOrAboveTarget),
  ])
  func placesAnOfferOnTheLadder(cents: Int64, expected: LadderPlacement) throws {
    #expect(try ladder(sound).placement(ofCents: cents) == expected)
  }

  @Test func placesTheLatestDebriefOffer() throws {
    #expect(try ladder(sound, offer: 30_500_000).latestOfferPlacement == .betweenWalkAwayAndTarget)
    #expect(try ladder(sound).latestOfferPlacement == nil)
  }

  @Test func cannotPlaceWithoutWalkAwayAndTarget() throws {
    var partial = sound
    partial["target"] = nil
    #expect(try ladder(partial).placement(ofCents: 10) == nil)
  }

  @Test func warnsOfAnAnchorBelowTheTargetAndWithoutAReason() throws {
    var weak = sound
    weak["anchor"] = Self.dollars(310_000)
    weak["anchor-reason"] = .text("  \n")
    #expect(
      try ladder(weak).warnings == [
        .anchorBelowTarget(anchor: 31_000_000, target: 32_000_000), .anchorWithoutReason,
      ])
    weak["anchor-reason"] = nil
    #expect(try ladder(weak).warnings.contains(.anchorWithoutReason))
  }

  @Test func warnsOfAWalkAwayAboveTheAlternativeAndTheTarget() throws {
    var high = sound
    high["walk-away-figure"] = Self.dollars(330_000)
    let warnings = try ladder(high).warnings
    #expect(
      warnings == [
        .walkAwayAboveAlternative(walkAway: 33_000_000, alternative: 29_000_000),
        .walkAwayAboveTarget(walkAway: 33_000_000, target: 32_000_000),
      ])
    #expect(
      warnings[0].message
        == "Your walk-away ($330,000) is above what your alternative is worth ($290,000): "
        + "you could refuse a deal better than your fallback.")
  }

  @Test func anUnknownAlternativeRaisesNoWarning() throws {
    var unknown = sound
    unknown["alternative-worth"] = nil
    #expect(try ladder(unknown).warnings.isEmpty)
  }

  @Test func everyTermFitsOneLine() {
    for term in NegotiationTerm.allCases { #expect(term.line.count <= 78, "\(term.name)") }
  }

  @Test func aCourseWithoutALadderHasNone() {
    #expect(OfferLadder(course: TestCourse.course, answers: [:]) == nil)
  }
}
