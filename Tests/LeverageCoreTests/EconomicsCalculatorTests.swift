import Testing

@testable import LeverageCore

@Suite struct EconomicsCalculatorTests {
  static let inputs = EconomicsInputs(
    salary: "salary", revenue: "revenue", wRVUs: "wrvus", ratePerWRVU: "rate",
    collectionsPerWRVU: "collections", overhead: "overhead", downstream: "downstream")

  static func report(_ pay: Int64, _ revenue: Int64, _ overhead: Double) -> EconomicsReport? {
    EconomicsCalculator.report(
      for: EconomicsFigures(
        payCents: pay * 100, revenue: Revenue(cents: revenue * 100, basis: .stated),
        overheadPercent: overhead))
  }

  static func figures(_ answers: [String: AnswerValue]) throws -> EconomicsFigures {
    try #require(EconomicsCalculator.figures(from: answers, inputs: inputs))
  }

  /// An interventional cardiologist: $640,000, 12,400 wRVUs at $52.50, 45% overhead.
  static let cardiologist: [String: AnswerValue] = [
    "salary": .money(cents: 64_000_000), "wrvus": .number(12_400), "rate": .money(cents: 5_250),
    "overhead": .percent(45),
  ]

  @Test func productionPayIsPayNotRevenue() throws {
    let figures = try Self.figures(Self.cardiologist)
    #expect(
      figures.productionPay
        == ProductionPay(wRVUs: 12_400, rateCents: 5_250, cents: 65_100_000))
    // No collections: no single revenue, only a range; with no specialty, the widest one.
    #expect(figures.revenue == nil)
    #expect(
      figures.estimate
        == RevenueRange(
          wRVUs: 12_400, setting: .mixed, lowCents: 62_753_206, highCents: 105_268_503))
    let explanation = EconomicsCalculator.explanation(of: figures)
    #expect(
      explanation.lines.prefix(2) == [
        "Pay $640,000 a year, salary or total compensation",
        "Production pay $651,000 = 12,400 wRVUs × $52.50, $11,000 above your pay",
      ])
    #expect(explanation.lines.allSatisfy { !$0.contains("Revenue $651,000") })
    // $627,532 is below the $1,163,636 break-even, $1,052,685 too: the range supports it.
    #expect(
      explanation.conclusion.hasPrefix(
        "Below break-even: this revenue does not cover your pay plus its share of overhead. "
          + "That holds at both ends of the estimate. To settle it, ask the practice for your "
          + "professional collections"))
  }

  @Test func theirOwnCollectionsPerWRVUReplaceTheEstimate() throws {
    var answers = Self.cardiologist
    answers["collections"] = .money(cents: 9_500)
    let figures = try Self.figures(answers)
    #expect(
      figures.revenue
        == Revenue(cents: 117_800_000, basis: .collectionsPerWRVU(wRVUs: 12_400, rateCents: 9_500)))
    let explanation = EconomicsCalculator.explanation(of: figures)
    #expect(explanation.revenue == ["Revenue $1,178,000 = 12,400 wRVUs × $95 collected per wRVU"])
    #expect(
      explanation.conclusion
        == "Within the 1.5-2x rule of thumb, and above break-even. It rests on your wRVUs and "
        + "your collections per wRVU.")
  }

  @Test func statedCollectionsWinOverEveryEstimate() throws {
    var answers = Self.cardiologist
    answers["collections"] = .money(cents: 9_500)
    answers["revenue"] = .money(cents: 150_000_000)
    let figures = try Self.figures(answers)
    #expect(figures.revenue == Revenue(cents: 150_000_000, basis: .stated))
    #expect(figures.productionPay?.cents == 65_100_000)
    let explanation = EconomicsCalculator.explanation(of: figures)
    #expect(explanation.revenue == ["Revenue $1,500,000, the professional collections you gave"])
    #expect(explanation.conclusion.hasSuffix("It rests on the collections you gave."))
  }

  @Test func noWRVUsAndNoCollectionsGiveNoVerdict() throws {
    let figures = try Self.figures(["salary": .money(cents: 30_000_000)])
    #expect(figures.revenue == nil && figures.productionPay == nil)
    #expect(EconomicsCalculator.report(for: figures) == nil)
    let explanation = EconomicsCalculator.explanation(of: figures)
    #expect(
      explanation.lines == [
        "Pay $300,000 a year, salary or total compensation",
        "Name your specialty in your profile for its published figures and a narrower estimate.",
      ])
    #expect(explanation.conclusion.hasPrefix("Give your collections, or your wRVUs"))
  }

  @Test func aRateWithoutWRVUsIsNoProductionPay() throws {
    let figures = try Self.figures(["salary": .money(cents: 1), "rate": .money(cents: 5_000)])
    #expect(figures.productionPay == nil)
  }

  @Test func downstreamRevenueStaysApart() throws {
    var answers = Self.cardiologist
    answers["downstream"] = .money(cents: 348_000_000)
    let figures = try Self.figures(answers)
    #expect(figures.estimate?.lowCents == 62_753_206)
    let explanation = EconomicsCalculator.explanation(of: figures)
    #expect(
      explanation.downstream
        == "Downstream hospital revenue $3,480,000, your figure; not part of the practice's "
        + "revenue above")
    #expect(explanation.revenue.allSatisfy { !$0.contains("3,480,000") })
    #expect(explanation.sums.allSatisfy { !$0.contains("3,480,000") })
  }

  @Test func figuresNeedAPay() {
    #expect(
      EconomicsCalculator.figures(from: ["revenue": .money(cents: 1)], inputs: Self.inputs) == nil)
  }

  @Test func theRuleOfThumbWorkedExample() throws {
    let report = try #require(Self.report(300_000, 620_000, 50))
    #expect(abs(report.revenueMultiple - 2.0667) < 0.0001)
    #expect(report.breakEvenMultiple == 2)
    #expect(report.breakEvenRevenueCents == 60_000_000)
    #expect(report.overheadCents == 31_000_000)
    #expect(report.marginCents == 1_000_000)
    #expect(report.verdict == .aboveRuleOfThumb)
  }

  @Test(arguments: [(40.0, 1.6667, 500_000 as Int64), (50, 2, 600_000), (60, 2.5, 750_000)])
  func breakEvenFollowsOverhead(overhead: Double, multiple: Double, revenue: Int64) throws {
    let report = try #require(Self.report(300_000, 450_000, overhead))
    #expect(abs(report.breakEvenMultiple - multiple) < 0.0001)
    #expect(report.breakEvenRevenueCents == revenue * 100)
  }

  @Test func overheadAtItsBounds() throws {
    let none = try #require(Self.report(300_000, 300_000, 0))
    #expect(none.breakEvenRevenueCents == 30_000_000 && none.marginCents == 0)
    #expect(none.verdict == .belowRuleOfThumb)
    let most = try #require(Self.report(300_000, 600_000, 99))
    #expect(most.breakEvenRevenueCents == 3_000_000_000)
    #expect(most.verdict == .belowBreakEven)
  }

  @Test(arguments: [
    (300_000 as Int64, 500_000 as Int64, 50.0, EconomicsReport.Verdict.belowBreakEven),
    // Inside the 1.5-2x band yet short of break-even at high overhead.
    (300_000, 600_000, 60, .belowBreakEven),
    (300_000, 420_000, 20, .belowRuleOfThumb),
    (300_000, 600_000, 50, .withinRuleOfThumb),
    (300_000, 450_000, 30, .withinRuleOfThumb),
    (300_000, 700_000, 40, .aboveRuleOfThumb),
  ])
  func verdicts(
    salary: Int64, revenue: Int64, overhead: Double, verdict: EconomicsReport.Verdict
  ) throws {
    #expect(try #require(Self.report(salary, revenue, overhead)).verdict == verdict)
  }

  @Test(arguments: [(0 as Int64, 50.0), (300_000, 100), (300_000, 120), (300_000, -1)])
  func noReportWithoutPayOrWithFullOverhead(salary: Int64, overhead: Double) {
    #expect(Self.report(salary, 620_000, overhead) == nil)
  }

  @Test func conclusionsSayWhyThereIsNoVerdict() throws {
    var answers = Self.cardiologist
    answers["overhead"] = .percent(100)
    #expect(
      EconomicsCalculator.explanation(of: try Self.figures(answers)).conclusion
        == "An overhead of 100% leaves nothing to pay you: check the overhead figure.")
    answers["salary"] = .money(cents: 0)
    #expect(
      EconomicsCalculator.explanation(of: try Self.figures(answers)).conclusion
        == "Give a pay above $0 to set your revenue against.")
  }

  @Test func absurdFiguresGiveNoRevenueRatherThanATrap() throws {
    var answers = Self.cardiologist
    answers["wrvus"] = .number(1e300)
    let figures = try Self.figures(answers)
    #expect(figures.revenue == nil && figures.estimate == nil && figures.productionPay == nil)
    #expect(EconomicsCalculator.cents(wRVUs: -1, rateCents: 5_225) == nil)
    #expect(EconomicsCalculator.cents(wRVUs: .infinity, rateCents: 5_225) == nil)
    #expect(EconomicsCalculator.cents(wRVUs: 4_321.5, rateCents: 5_225) == 22_579_838)
    let huge = EconomicsFigures(
      payCents: Int64.max, productionPay: ProductionPay(wRVUs: 1, rateCents: 1, cents: Int64.min),
      overheadPercent: 50)
    #expect(
      EconomicsCalculator.explanation(of: huge).productionPay?.hasSuffix("far from your pay")
        == true)
  }
}
