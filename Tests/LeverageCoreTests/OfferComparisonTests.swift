import Foundation
import Testing

@testable import LeverageCore

@Suite struct OfferComparisonTests {
  private let stamp = Date(timeIntervalSince1970: 1_772_355_600)

  private func offer(_ name: String, _ entries: [OfferLine: OfferEntry]) -> Offer {
    Offer(id: 1, name: name, entries: entries, createdAt: stamp, updatedAt: stamp)
  }

  private func dollars(_ amount: Int64, estimate: Bool = false) -> OfferEntry {
    .money(cents: amount * 100, isEstimate: estimate)
  }

  private func count(_ value: Double, estimate: Bool = false) -> OfferEntry {
    .number(value, isEstimate: estimate)
  }

  private var current: Offer {
    offer("Current", [.salary: dollars(250_000), .tailCost: dollars(0), .cmeMoney: dollars(3_000)])
  }

  @Test func aBonusIsSpreadOverTheHorizonAndATailCostTakenOff() {
    let offerA = offer(
      "A",
      [
        .salary: dollars(240_000), .signingBonus: dollars(30_000), .clawbackYears: count(2),
        .relocation: dollars(10_000), .tailCost: dollars(40_000), .loanRepayment: dollars(20_000),
      ])
    let figures = OfferComparison(offers: [offerA], horizonYears: 3).annualised[0]
    #expect(figures.bonusPerYearCents == 1_000_000)
    #expect(figures.relocationPerYearCents == 333_333)
    #expect(figures.tailPerYearCents == 1_333_333)
    #expect(
      figures.annualisedTotalCents == 24_000_000 + 1_000_000 + 333_333 + 2_000_000 - 1_333_333)
    #expect(figures.missingLines.isEmpty && !figures.isEstimate && !figures.bonusIsRepaid)
  }

  @Test func aBonusClawedBackPastTheHorizonCountsNothingAndSaysWhy() {
    let offerB = offer(
      "Offer B",
      [
        .salary: dollars(250_000), .signingBonus: dollars(30_000), .clawbackYears: count(4),
        .tailCost: dollars(0),
      ])
    let comparison = OfferComparison(offers: [offerB], horizonYears: 3)
    #expect(comparison.annualised[0].bonusPerYearCents == 0)
    #expect(comparison.annualised[0].annualisedTotalCents == 25_000_000)
    #expect(comparison.row(.bonusPerYear)?.cells == ["$0"])
    #expect(
      comparison.notes == [
        "Offer B: the $30,000 bonus is repaid if you leave within 4 years, past your 3-year "
          + "horizon, so it counts as $0."
      ])
    let longer = OfferComparison(offers: [offerB], horizonYears: 4).annualised[0]
    #expect(longer.bonusPerYearCents == 750_000 && !longer.bonusIsRepaid)
  }

  @Test func productionPayIsPaidOnlyAboveTheThreshold() {
    let entries: [OfferLine: OfferEntry] = [
      .salary: dollars(200_000), .tailCost: dollars(0), .wrvus: count(5_000.5),
      .ratePerWRVU: .money(cents: 5_250, isEstimate: false), .wrvuThreshold: count(4_000),
    ]
    let above = OfferComparison(offers: [offer("A", entries)], horizonYears: 3).annualised[0]
    #expect(above.productionPayCents == 5_252_625)
    #expect(above.annualisedTotalCents == 20_000_000 + 5_252_625)
    var below = entries
    below[.wrvuThreshold] = count(6_000)
    #expect(
      OfferComparison(offers: [offer("A", below)], horizonYears: 3).annualised[0]
        .productionPayCents == 0)
    below[.wrvuThreshold] = nil
    #expect(
      OfferComparison(offers: [offer("A", below)], horizonYears: 3).annualised[0]
        .productionPayCents == 26_252_625)
  }

  @Test func anOfferWithMissingLinesIsTotalledFromWhatIsThereAndListsTheGaps() {
    let partial = offer(
      "Clinic", [.wrvus: count(5_000), .signingBonus: dollars(20_000), .cmeMoney: dollars(2_000)])
    let comparison = OfferComparison(offers: [current, partial], horizonYears: 2)
    let figures = comparison.annualised[1]
    #expect(figures.missingLines == [.salary, .clawbackYears, .ratePerWRVU, .tailCost])
    #expect(figures.productionPayCents == nil)
    #expect(figures.annualisedTotalCents == 1_000_000 + 200_000)
    #expect(comparison.row(.productionPay)?.cells == [nil, nil])
    #expect(comparison.row(.line(.salary))?.cells == ["$250,000", nil])
    #expect(
      comparison.notes == [
        "Clinic: no figure yet for salary, pay per wRVU and tail cost you pay, so its total "
          + "is incomplete.",
        "Clinic: no clawback period for the bonus, so all of it counts.",
      ])
    #expect(comparison.annualised[0].missingLines.isEmpty)
  }

  @Test func emptyBonusLoanAndRelocationAreNoneAndNotMissing() {
    let bare = offer("Bare", [.salary: dollars(200_000), .tailCost: dollars(0)])
    let figures = OfferComparison(offers: [bare], horizonYears: 5).annualised[0]
    #expect(figures.missingLines.isEmpty && figures.productionPayCents == nil)
    #expect(figures.annualisedTotalCents == 20_000_000)
  }

  @Test func leadersFollowEachLinesPreferenceAndTiesHaveNone() {
    let offerA = offer(
      "A", [.salary: dollars(260_000), .callNights: count(6), .tailCost: dollars(0)])
    let offerB = offer(
      "B",
      [.salary: dollars(250_000), .callNights: count(4), .tailCost: dollars(0), .wrvus: count(1)])
    let offerC = offer("C", [.salary: dollars(250_000), .callNights: count(4)])
    let comparison = OfferComparison(offers: [offerA, offerB, offerC], horizonYears: 3)
    #expect(comparison.row(.line(.salary))?.leader == 0)
    // B and C tie on the fewest call nights.
    #expect(comparison.row(.line(.callNights))?.leader == nil)
    #expect(comparison.row(.line(.tailCost))?.leader == nil)
    #expect(comparison.row(.line(.wrvus))?.leader == nil)
    #expect(comparison.row(.line(.cmeMoney))?.leader == nil)
    #expect(comparison.row(.total)?.leader == 0)
    let two = OfferComparison(offers: [offerA, offerB], horizonYears: 3)
    #expect(two.row(.line(.callNights))?.leader == 1)
    #expect(two.row(.line(.nonCompete))?.leader == nil)
  }

  @Test func aLowerTailCostLeadsAndAnEstimateMarksItsTotal() {
    let offerA = offer(
      "A", [.salary: dollars(250_000), .tailCost: dollars(30_000, estimate: true)])
    let comparison = OfferComparison(offers: [current, offerA], horizonYears: 3)
    #expect(comparison.row(.line(.tailCost))?.leader == 0)
    #expect(comparison.row(.line(.tailCost))?.cells == ["$0", "~$30,000"])
    #expect(!comparison.annualised[0].isEstimate && comparison.annualised[1].isEstimate)
    #expect(comparison.row(.total)?.cells == ["$253,000", "~$240,000"])
    #expect(comparison.row(.total)?.label == "Total/yr, 3 years")
    #expect(comparison.notes == ["~ marks your estimate."])
  }

  @Test func theHorizonIsClampedAndRowsComeInTableOrder() {
    #expect(OfferComparison(offers: [], horizonYears: 0).horizonYears == 1)
    #expect(OfferComparison(offers: [], horizonYears: 40).horizonYears == 10)
    let comparison = OfferComparison(offers: [current], horizonYears: 3)
    #expect(
      comparison.rows.map(\.kind)
        == OfferLine.allCases.map { .line($0) } + [.productionPay, .bonusPerYear, .total])
    #expect(comparison.rows.allSatisfy { $0.cells.count == 1 })
  }
}
