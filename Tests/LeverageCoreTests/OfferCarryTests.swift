import Foundation
import LeverageCore
import LeverageResources
import Testing

/// Step 3's figures carried into the offers table's current job.
@Suite struct OfferCarryTests {
  let course: Course

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func key(_ unit: String, _ prompt: String) -> PromptKey {
    PromptKey(unitID: unit, promptID: prompt)
  }

  /// With wRVUs and a rate, step 3's pay includes production pay: the column takes the
  /// wRVUs and the rate, one write after another, and leaves the base salary to her, so the
  /// table does not add production pay on top of a total that already holds it.
  @Test func aCurrentJobTakesStepThreesWRVUsAndRateButNotItsTotalPay() {
    var state = CoachState(
      course: course,
      answers: [
        key("economics", "salary"): .money(cents: 64_000_000),
        key("economics", "wrvus"): .number(12_400),
        key("economics", "wrvu-rate"): .money(cents: 5_250),
      ],
      drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 3, day: 1))
    _ = Coach.update(&state, .offers(.opened))
    let stamp = Date(timeIntervalSince1970: 0)
    var offer = Offer(id: 7, name: "Current job", createdAt: stamp, updatedAt: stamp)
    _ = Coach.update(&state, .offers(.addRequested))
    _ = Coach.update(&state, .offers(.row(.edited(.typed("Current job")))))
    _ = Coach.update(&state, .offers(.row(.fieldSubmitted)))
    var effects = Coach.update(&state, .offers(.saved(offer)))
    #expect(
      effects == [
        .offers(.setEntry(id: 7, line: .wrvus, entry: .number(12_400, isEstimate: false)))
      ])
    offer.entries[.wrvus] = .number(12_400, isEstimate: false)
    effects = Coach.update(&state, .offers(.saved(offer)))
    #expect(
      effects == [
        .offers(
          .setEntry(id: 7, line: .ratePerWRVU, entry: .money(cents: 5_250, isEstimate: false)))
      ])
    offer.entries[.ratePerWRVU] = .money(cents: 5_250, isEstimate: false)
    #expect(Coach.update(&state, .offers(.saved(offer))).isEmpty)
    #expect(state.pendingWrite == nil)
    #expect(state.offers.offers == [offer])
    #expect(
      state.notice
        == .info(
          "Carried your wRVUs and rate from step 3. Type the base salary: your $640,000 pay "
            + "includes production pay."))
    #expect(
      course.carriedNote(offers: [offer], answers: state.answers)
        == "Current job: wRVUs a year and pay per wRVU carried from step 3.")
    // Production pay counts once: 12,400 × $52.50, with no total pay beside it.
    #expect(AnnualisedOffer(offer, horizonYears: 3).productionPayCents == 65_100_000)
    #expect(AnnualisedOffer(offer, horizonYears: 3).missingLines.contains(.salary))
    // Cleared by hand, a carried line is not carried again.
    _ = Coach.update(&state, .offers(.clearRequested))
    offer.entries[.wrvus] = nil
    #expect(Coach.update(&state, .offers(.saved(offer))).isEmpty)
  }
}
