import Testing

@testable import LeverageCore

@Suite struct EconomicsCalculatorTests {
  static let inputs = EconomicsInputs(
    salary: "salary", revenue: "revenue", wRVUs: "wrvus", ratePerWRVU: "rate",
    overhead: "overhead")

  static func report(_ salary: Int64, _ revenue: Int64, _ overhead: Double) -> EconomicsReport? {
    EconomicsCalculator.report(
      for: EconomicsFigures(
        salaryCents: salary * 100, revenueCents: revenue * 100, overheadPercent: overhead))
  }

  @Test func theWorkedExample() throws {
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

  @Test func negativeMargin() throws {
    let report = try #require(Self.report(300_000, 500_000, 50))
    #expect(report.marginCents == -5_000_000)
    #expect(report.verdict.summary.count <= 76)
  }

  @Test(arguments: [(0 as Int64, 50.0), (300_000, 100), (300_000, 120), (300_000, -1)])
  func noReportWithoutSalaryOrWithFullOverhead(salary: Int64, overhead: Double) {
    #expect(Self.report(salary, 620_000, overhead) == nil)
  }

  @Test func figuresFromStatedRevenue() {
    let answers: [String: AnswerValue] = [
      "salary": .money(cents: 30_000_000), "revenue": .money(cents: 62_000_000),
      "overhead": .percent(45), "wrvus": .number(1), "rate": .money(cents: 1),
    ]
    #expect(
      EconomicsCalculator.figures(from: answers, inputs: Self.inputs)
        == EconomicsFigures(salaryCents: 30_000_000, revenueCents: 62_000_000, overheadPercent: 45))
  }

  @Test func figuresFromWRVUsWithDefaultOverhead() {
    let answers: [String: AnswerValue] = [
      "salary": .money(cents: 30_000_000), "wrvus": .number(5000), "rate": .money(cents: 6000),
    ]
    let figures = EconomicsCalculator.figures(from: answers, inputs: Self.inputs)
    #expect(
      figures
        == EconomicsFigures(
          salaryCents: 30_000_000, revenueCents: 30_000_000,
          revenueSource: .fromWRVUs(wRVUs: 5000, rateCents: 6000), overheadPercent: 50))
  }

  @Test func figuresNeedSalaryAndRevenue() {
    let noSalary: [String: AnswerValue] = ["revenue": .money(cents: 1)]
    let noRevenue: [String: AnswerValue] = ["salary": .money(cents: 1), "wrvus": .number(5)]
    #expect(EconomicsCalculator.figures(from: noSalary, inputs: Self.inputs) == nil)
    #expect(EconomicsCalculator.figures(from: noRevenue, inputs: Self.inputs) == nil)
  }

  @Test func wRVURevenueRoundsToTheCent() {
    #expect(EconomicsCalculator.revenueCents(wRVUs: 4_321.5, rateCents: 5_225) == 22_579_838)
    #expect(EconomicsCalculator.revenueCents(wRVUs: -1, rateCents: 5_225) == nil)
    #expect(EconomicsCalculator.revenueCents(wRVUs: .infinity, rateCents: 5_225) == nil)
  }

  @Test func explanationShowsEachSum() throws {
    let figures = EconomicsFigures(
      salaryCents: 30_000_000, revenueCents: 62_000_000, overheadPercent: 50)
    let report = try #require(EconomicsCalculator.report(for: figures))
    let lines = EconomicsCalculator.explanationLines(for: report, figures: figures)
    #expect(
      lines == [
        "Revenue multiple 2.07x = $620,000 revenue ÷ $300,000 salary",
        "Break-even multiple 2.00x = 1 ÷ (1 − 50% overhead); rule of thumb 1.5-2x",
        "Break-even revenue $600,000 = $300,000 ÷ (1 − 50% overhead)",
        "Margin left $10,000 = $620,000 − $300,000 salary − $310,000 overhead",
      ])
  }

  @Test func explanationShowsWRVURevenueAndStaysShort() throws {
    let figures = EconomicsFigures(
      salaryCents: 55_000_000, revenueCents: 108_750_000,
      revenueSource: .fromWRVUs(wRVUs: 7_250, rateCents: 15_000), overheadPercent: 62.5)
    let report = try #require(EconomicsCalculator.report(for: figures))
    let lines = EconomicsCalculator.explanationLines(for: report, figures: figures)
    #expect(lines.first == "Revenue $1,087,500 = 7250 wRVUs × $150 per wRVU")
    #expect(lines.contains("Break-even revenue $1,466,667 = $550,000 ÷ (1 − 62.5% overhead)"))
    #expect(
      lines.last == "Margin left -$142,188 = $1,087,500 − $550,000 salary − $679,688 overhead")
    #expect(lines.allSatisfy { $0.count <= 76 }, "\(lines)")
  }
}
