/// A published figure shown beside an offer line for orientation. It names its year and
/// source, says it is not the employer's rate, and is never used as a default value.
public struct ReferenceFigure: Equatable, Sendable {
  /// What was measured: "median, family medicine".
  public var label: String
  /// "$60 per wRVU".
  public var value: String
  public var year: Int
  public var source: String
  /// Why the figure cannot stand in for the employer's; may need wrapping.
  public var caution: String
  public var specialties: SpecialtyScope

  public init(
    label: String, value: String, year: Int, source: String, caution: String,
    specialties: SpecialtyScope = .everyone
  ) {
    self.label = label
    self.value = value
    self.year = year
    self.source = source
    self.caution = caution
    self.specialties = specialties
  }

  /// One line of at most 78 columns:
  /// "Not this employer's rate: MGMA 2021 median, family medicine: $60 per wRVU".
  public var line: String {
    "Not this employer's rate: \(source) \(year) \(label): \(value)"
  }

  /// The figures to show beside `line` to a physician of `specialty`; none for most lines.
  public static func figures(for line: OfferLine, specialty: String?) -> [ReferenceFigure] {
    let figures: [ReferenceFigure] =
      switch line {
      case .ratePerWRVU: payPerWRVU + conversionFactors
      case .wrvus: officeVisitWorkRVUs
      default: []
      }
    return figures.filter { $0.specialties.includes(specialty) }
  }

  private static let mgmaCaution =
    "A survey median, not this employer's rate. MGMA warns not to multiply a percentile "
    + "of wRVUs by the same percentile of pay per wRVU."

  private static let familyMedicine = SpecialtyScope(["family"])

  static let payPerWRVU = [
    ReferenceFigure(
      label: "median, family medicine", value: "$52 per wRVU", year: 2020, source: "MGMA",
      caution: mgmaCaution, specialties: familyMedicine),
    ReferenceFigure(
      label: "median, family medicine", value: "$60 per wRVU", year: 2021, source: "MGMA",
      caution: mgmaCaution, specialties: familyMedicine),
  ]

  private static let medicareCaution =
    "From the CMS physician fee schedule final rule: Medicare's payment per RVU, not what "
    + "an employer pays per wRVU."

  static let conversionFactors = [
    ReferenceFigure(
      label: "conversion factor",
      value: "$\(DecimalText.plain(MedicareRates.conversionFactorDollars)) per RVU",
      year: MedicareRates.conversionFactorYear, source: MedicareRates.conversionFactorSource,
      caution: medicareCaution),
    ReferenceFigure(
      label: "APM conversion factor", value: "$33.57 per RVU", year: 2026, source: "CMS",
      caution: "For qualifying APM participants only. " + medicareCaution),
    ReferenceFigure(
      label: "conversion factor", value: "$32.3465 per RVU", year: 2025, source: "CMS",
      caution: medicareCaution),
  ]

  static let officeVisitWorkRVUs = [("99213", "1.30"), ("99214", "1.92"), ("99215", "2.80")].map {
    code, rvus in
    ReferenceFigure(
      label: "work RVUs, office visit \(code)", value: rvus, year: 2024, source: "CMS",
      caution: "Work RVUs Medicare gives one visit, to estimate a year's wRVUs; not a pay rate.")
  }
}
