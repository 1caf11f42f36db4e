import Testing

@testable import LeverageCore

/// The specialty drives the estimate and the published figures; a verdict comes only from
/// what the physician knows.
@Suite struct EconomicsSpecialtyTests {
  static let inputs = EconomicsCalculatorTests.inputs
  static let cardiologist = EconomicsCalculatorTests.cardiologist

  static func figures(
    _ answers: [String: AnswerValue], specialty: String?
  ) throws -> EconomicsFigures {
    try #require(
      EconomicsCalculator.figures(
        from: answers, inputs: inputs, specialty: SpecialtyFigures.match(specialty)))
  }

  @Test func theSameNumbersGiveACardiologistAndAFamilyPhysicianDifferentEstimates() throws {
    let cardiology = try Self.figures(Self.cardiologist, specialty: "Interventional cardiology")
    let family = try Self.figures(Self.cardiologist, specialty: "Family medicine")
    // Work is 64-66% of a hospital service's total RVUs, 48-50% of an office visit's: the
    // same 12,400 wRVUs stand for less revenue in the cath lab.
    #expect(
      cardiology.estimate
        == RevenueRange(
          wRVUs: 12_400, setting: .hospital, lowCents: 62_753_206, highCents: 78_951_377))
    #expect(
      family.estimate
        == RevenueRange(
          wRVUs: 12_400, setting: .office, lowCents: 82_834_232, highCents: 105_268_503))
    let lines = EconomicsCalculator.explanation(of: cardiology).lines
    #expect(
      lines.contains(
        "Revenue $627,532 to $789,514, estimated from 12,400 wRVUs for hospital-based practice"))
    #expect(
      lines.contains(
        "Hospital revenue per physician in invasive cardiology: $3,480,000 (Merritt Hawkins "
          + "2019 revenue survey, 2018 data)"))
    #expect(
      EconomicsCalculator.explanation(of: family).lines.contains(
        "Average pay in family medicine: $272,000 (Medscape Physician Compensation Report "
          + "2024, 2023 data)"))
  }

  @Test func anEstimateThatStraddlesBreakEvenGivesNoVerdict() throws {
    let answers: [String: AnswerValue] = [
      "salary": .money(cents: 25_000_000), "wrvus": .number(6_000), "overhead": .percent(40),
    ]
    // $303,644 to $509,355 against a $416,667 break-even.
    let explanation = EconomicsCalculator.explanation(of: try Self.figures(answers, specialty: nil))
    #expect(
      explanation.conclusion.hasPrefix(
        "Can't tell from an estimate: the range runs from below break-even to above it."))
    #expect(explanation.conclusion.contains("professional collections"))
    #expect(explanation.shortConclusion == "Can't tell from an estimate: ask for your collections.")
  }

  @Test func realCollectionsGiveTheVerdict() throws {
    var answers = Self.cardiologist
    answers["revenue"] = .money(cents: 100_000_000)
    let figures = try Self.figures(answers, specialty: "Cardiology, interventional")
    #expect(figures.estimate == nil)
    let explanation = EconomicsCalculator.explanation(of: figures)
    #expect(
      explanation.conclusion
        == "Below break-even: this revenue does not cover your pay plus its share of overhead. "
        + "It rests on the collections you gave.")
    #expect(explanation.context?.contains("$315,358 a year in Q4 2025") == true)
    #expect(
      EconomicsCalculator.brief(of: figures).last
        == "On my collections, my revenue does not yet cover my pay plus its share of overhead.")
  }

  @Test func theBriefSpeaksForHerAndDrawsNoVerdictFromAnEstimate() throws {
    var answers = Self.cardiologist
    answers["downstream"] = .money(cents: 348_000_000)
    let brief = EconomicsCalculator.brief(of: try Self.figures(answers, specialty: "Cardiology"))
    #expect(
      brief == [
        "Hospital revenue my work brings in beyond my own billing: $3,480,000 a year, my "
          + "figure.",
        "My production: 12,400 wRVUs a year, $651,000 at my contract's $52.50 per wRVU.",
        "What my work bills, estimated: $627,532 to $1,052,685 a year, from Medicare to "
          + "commercial rates for office and hospital practice; an estimate until I see the "
          + "practice's numbers.",
        "My pay: $640,000 a year; break-even at 45% overhead: $1,163,636.",
      ])
    #expect(brief.allSatisfy { !$0.contains("break-even:") || $0.hasPrefix("My pay") })
    #expect(brief.allSatisfy { !$0.localizedLowercase.contains("your") })
  }

  @Test func withoutHerFigureTheBriefQuotesHerSpecialtysNamedAsSuch() throws {
    let brief = EconomicsCalculator.brief(
      of: try Self.figures(Self.cardiologist, specialty: "Orthopaedic surgery"))
    #expect(
      brief.first
        == "Hospital revenue per physician in orthopedic surgery: $3,290,000 on average "
        + "(Merritt Hawkins 2019 revenue survey, 2018 data).")
  }

  @Test(arguments: [
    ("Interventional cardiology", "Cardiology, invasive or interventional"),
    ("Cardiology Interventional", "Cardiology, invasive or interventional"),
    ("cardiology", "Cardiology"),
    ("Cardiothoracic surgery", "Cardiovascular or cardiothoracic surgery"),
    ("Neurosurgery", "Neurosurgery"),
    ("Neurology", "Neurology"),
    ("OB-GYN", "Obstetrics and gynecology"),
    ("GI", "Gastroenterology"),
    ("ENT", "Otolaryngology"),
    ("Peds", "Pediatrics"),
    ("Family Medicine", "Family medicine"),
    ("Radiation oncology", "Radiation oncology"),
    ("Hem/Onc", "Hematology and oncology"),
  ])
  func freeTextFindsTheSpecialty(typed: String, name: String) {
    #expect(SpecialtyFigures.match(typed).figures?.name == name)
  }

  @Test func aSpecialtyItCannotMatchIsSaidSoNotSwapped() {
    #expect(SpecialtyFigures.match("Aerospace medicine") == .unknown("Aerospace medicine"))
    #expect(SpecialtyFigures.match("  ") == .notGiven)
    #expect(SpecialtyFigures.match(nil) == .notGiven)
    // "gi" and "ent" are whole words, not the start of "gifted" or "entrepreneur".
    #expect(SpecialtyFigures.match("Gifted entrepreneur") == .unknown("Gifted entrepreneur"))
    let lines = EconomicsCalculator.specialtyLines(.unknown("Aerospace medicine"))
    #expect(
      lines == [
        "Leverage has no figures for “Aerospace medicine”, so an estimate takes the widest work "
          + "share. Name it in your profile as a survey would, like Cardiology or Family medicine."
      ])
    let neurosurgery = EconomicsCalculator.specialtyLines(SpecialtyFigures.match("neurosurgery"))
    #expect(
      neurosurgery.first == "Average pay in neurosurgery: no published figure found")
  }

  /// The table is data: every specialty finds itself by its own name, so none is hidden by
  /// an earlier one, and every figure carries a source and a year.
  @Test func theTableIsSound() {
    let table = SpecialtyFigures.table
    #expect(Set(table.map(\.name)).count == table.count)
    for specialty in table {
      #expect(SpecialtyFigures.match(specialty.name).figures == specialty, "\(specialty.name)")
      for figure in [specialty.compensation, specialty.downstream].compactMap({ $0 }) {
        #expect(!figure.source.isEmpty && (2018...2026).contains(figure.year))
        #expect(figure.cents > 0 && figure.cents % 100 == 0)
      }
    }
    #expect(table.filter { $0.compensation != nil }.count >= 15)
    #expect(table.filter { $0.downstream != nil }.count >= 10)
    for setting in PracticeSetting.allCases {
      #expect(setting.workShare.lowerBound > 0 && setting.workShare.upperBound < 1)
    }
  }
}
