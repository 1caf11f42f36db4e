/// The published Medicare figures a revenue estimate rests on, each named once with its year
/// and source so every screen and export quotes the same numbers.
public enum MedicareRates {
  /// Dollars Medicare pays per total RVU under the physician fee schedule, for clinicians
  /// outside a qualifying APM. CMS CY 2026 final rule (Oct 31, 2025): $33.4009; $33.5675 for
  /// qualifying APM participants; $32.3465 in 2025.
  public static let conversionFactorDollars = 33.4009
  public static let conversionFactorYear = 2026
  public static let conversionFactorSource = "CMS"

  /// Physician work's share of a service's total RVUs. AMA's overview of the RBRVS puts it
  /// at 48% on average; recent summaries of the fee schedule give about 52% (practice
  /// expense about 44%, liability about 4%). The estimate takes one half, and says so.
  public static let workShareOfTotalRVUs = 0.5
  public static let workShareSource = "AMA's RBRVS overview: about half"
}
