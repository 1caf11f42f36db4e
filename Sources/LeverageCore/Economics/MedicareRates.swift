/// The published Medicare figures a revenue estimate rests on, each named once with its year
/// and source so every screen and export quotes the same numbers.
public enum MedicareRates {
  /// Dollars Medicare pays per total RVU under the physician fee schedule, for clinicians
  /// outside a qualifying APM. CMS CY 2026 final rule (Oct 31, 2025): $33.4009; $33.5675 for
  /// qualifying APM participants; $32.3465 in 2025.
  public static let conversionFactorDollars = 33.4009
  public static let conversionFactorYear = 2026
  public static let conversionFactorSource = "CMS"

  /// What commercial payers paid for professional services, as a multiple of Medicare's
  /// price for the same service: 122% on average nationally (Health Care Cost Institute,
  /// 2017 claims). The top of an estimate's range assumes every payer pays that.
  public static let commercialUplift = 1.22
  public static let commercialUpliftBasis =
    "commercial payers paid 122% of Medicare on average (HCCI, 2017 data)"
}

extension PracticeSetting {
  /// The physician work's share of a service's total RVUs, low to high, for typical services
  /// in this setting. Worked out from CMS's national payments: 99213 paid $89.40 in an
  /// office and $64.19 in a facility in 2024 at $32.7442 per RVU, so its 1.30 work RVUs are
  /// 48% of 2.73 total RVUs in the office and 66% of 1.96 in a facility; a coronary stent
  /// (92928) paid $619 in a facility in 2017 at $35.8887, so its 10.96 work RVUs are 64% of
  /// 17.25. AMA's overview of the RBRVS puts work near half across all services.
  public var workShare: ClosedRange<Double> {
    switch self {
    case .office: 0.48...0.50
    case .hospital: 0.64...0.66
    case .mixed: 0.48...0.66
    }
  }

  /// The services the range was worked out from, to print beside it.
  public var workShareBasis: String {
    switch self {
    case .office:
      "48% for an office visit billed in the office (99213, CMS 2024) to about half across "
        + "all services (AMA)"
    case .hospital:
      "64% for a coronary stent (92928, CMS 2017) to 66% for a visit in a facility (99213, "
        + "CMS 2024)"
    case .mixed:
      "48% for an office visit billed in the office to 66% for the same visit in a facility "
        + "(99213, CMS 2024)"
    }
  }
}

/// What hospitals spend on the practices of the physicians they employ, beyond what the
/// practices collect. Kaufman Hall's Physician Flash Report: net patient service revenue
/// less total expense per physician FTE, a median of $315,358 in Q4 2025 (reported by
/// Becker's Hospital Review, Feb 10, 2026), up from $304,312 in Q3 2024. Per physician, not
/// per provider: with advanced practice providers counted the median is about $236,000.
public enum PhysicianSubsidy {
  public static let cents: Int64 = 31_535_800
  public static let period = "Q4 2025"
  public static let source = "Kaufman Hall Physician Flash Report"
}
