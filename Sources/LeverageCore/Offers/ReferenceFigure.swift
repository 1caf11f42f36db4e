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
    "Not this employer's \(label.hasPrefix("average") ? "pay" : "rate"): \(source) "
      + "\(year) \(label): \(value)"
  }

  /// The figures to show beside `line` to a physician of `specialty`; none for most lines.
  /// Medicare's conversion factor is paid per total RVU, so it is never offered beside a
  /// contract's pay per wRVU; office-visit wRVUs are left out for hospital-based practice.
  public static func figures(for line: OfferLine, specialty: SpecialtyMatch)
    -> [ReferenceFigure]
  {
    let figures: [ReferenceFigure] =
      switch line {
      case .salary: specialty.figures.flatMap(averagePay).map { [$0] } ?? []
      case .ratePerWRVU: payPerWRVU
      case .wrvus: specialty.setting == .hospital ? [] : officeVisitWorkRVUs
      default: []
      }
    let named: String? =
      switch specialty {
      case .known(let figures): figures.name
      case .unknown(let text): text
      case .notGiven: nil
      }
    return figures.filter { $0.specialties.includes(named) }
  }

  /// The specialty's average pay, when a survey published one.
  static func averagePay(_ specialty: SpecialtyFigures) -> ReferenceFigure? {
    specialty.compensation.map { figure in
      ReferenceFigure(
        label: "average, \(figure.measured)",
        value: MoneyFormat.dollars(figure.cents), year: figure.year, source: "Medscape",
        caution: "A survey average of what the specialty earns, from \(figure.source); not "
          + "this employer's offer.")
    }
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

  static let officeVisitWorkRVUs = [("99213", "1.30"), ("99214", "1.92"), ("99215", "2.80")].map {
    code, rvus in
    ReferenceFigure(
      label: "work RVUs, office visit \(code)", value: rvus, year: 2024, source: "CMS",
      caution: "Work RVUs Medicare gives one visit, to estimate a year's wRVUs; not a pay rate.")
  }
}
