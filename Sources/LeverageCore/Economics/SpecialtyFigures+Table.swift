/// The specialties the app knows, narrower ones first so "interventional cardiology" is not
/// taken for cardiology, nor "neurosurgery" for neurology. Each figure was read at a public
/// source (the pages are listed in docs/FIGURES.md); a nil figure is one no source gave.
extension SpecialtyFigures {
  /// Medscape Physician Compensation Report 2024 (published April 12, 2024): average annual
  /// compensation in 2023, as listed for 29 specialties by Becker's Hospital Review.
  static func medscape(_ dollars: Int64, _ measured: String) -> PublishedFigure {
    PublishedFigure(
      cents: dollars * 100, measured: measured,
      source: "Medscape Physician Compensation Report 2024", year: 2023)
  }

  /// Merritt Hawkins 2019 Physician Inpatient/Outpatient Revenue Survey: average net
  /// inpatient and outpatient revenue a physician generated for the affiliated hospital over
  /// the prior 12 months (surveyed October to December 2018).
  static func merrittHawkins(_ dollars: Int64, _ measured: String) -> PublishedFigure {
    PublishedFigure(
      cents: dollars * 100, measured: measured, source: "Merritt Hawkins 2019 revenue survey",
      year: 2018)
  }

  private static func entry(
    _ name: String, _ keys: [String], short abbreviations: [String] = [],
    _ setting: PracticeSetting, pay: Int64?, payIn: String? = nil, downstream: Int64?,
    downstreamIn: String? = nil
  ) -> SpecialtyFigures {
    // Each source's own name for the group it measured, where it differs from ours.
    SpecialtyFigures(
      name: name, keys: keys, abbreviations: abbreviations, setting: setting,
      compensation: pay.map { medscape($0, payIn ?? name.lowercased()) },
      downstream: downstream.map { merrittHawkins($0, downstreamIn ?? name.lowercased()) })
  }

  public static let table: [SpecialtyFigures] = [
    // Medscape reports cardiology as a whole; the survey's downstream figure is the invasive
    // cardiologists' own.
    entry(
      "Cardiology, invasive or interventional",
      [
        "interventional card", "invasive card", "cardiology interventional",
        "cardiology invasive",
      ], .hospital, pay: 525_000, payIn: "cardiology", downstream: 3_480_000,
      downstreamIn: "invasive cardiology"),
    entry(
      "Cardiovascular or cardiothoracic surgery",
      ["cardiothoracic", "cardiovascular surg", "cardiac surg", "thoracic surg", "heart surg"],
      .mixed, pay: nil, downstream: 3_700_000, downstreamIn: "cardiovascular surgery"),
    entry(
      "Neurosurgery", ["neurosurg", "neurological surg"], .mixed, pay: nil,
      downstream: 3_440_000),
    entry(
      "Cardiology", ["cardiolog", "cardiovascular dis", "cardiovascular med"], .mixed,
      pay: 525_000, downstream: nil),
    entry(
      "Orthopedic surgery", ["ortho"], .mixed, pay: 558_000, payIn: "orthopedics",
      downstream: 3_290_000),
    entry(
      "Gastroenterology", ["gastro"], short: ["gi"], .mixed, pay: 512_000, downstream: 2_970_000),
    entry("Radiation oncology", ["radiation onc"], .mixed, pay: nil, downstream: nil),
    entry(
      "Hematology and oncology", ["oncolog", "hematolog", "haematolog", "heme onc", "hem onc"],
      .mixed, pay: 464_000, payIn: "oncology", downstream: 2_860_000,
      downstreamIn: "hematology/oncology"),
    entry(
      "General surgery", ["general surg"], .mixed, pay: 423_000, downstream: 2_710_000),
    entry("Plastic surgery", ["plastic"], .mixed, pay: 536_000, downstream: nil),
    entry(
      "Pulmonology", ["pulmon"], .mixed, pay: 397_000, payIn: "pulmonary medicine",
      downstream: 2_360_000),
    entry(
      "Critical care", ["critical care", "intensiv"], .hospital, pay: 401_000, downstream: nil),
    entry(
      "Emergency medicine", ["emergency"], short: ["em", "er"], .hospital, pay: 379_000,
      downstream: nil),
    entry(
      "Hospital medicine", ["hospitalist", "hospital med"], .hospital, pay: nil, downstream: nil),
    entry(
      "Internal medicine", ["internal med", "internist", "general internal"], short: ["im"], .mixed,
      pay: 282_000, downstream: 2_680_000),
    entry(
      "Family medicine", ["family", "general practi"], short: ["fm", "gp"], .office, pay: 272_000,
      downstream: 2_110_000),
    entry(
      "Pediatrics", ["pediatric", "paediatric"], short: ["peds"], .office, pay: 260_000,
      downstream: nil),
    entry(
      "Obstetrics and gynecology", ["obstet", "gynec", "gynaec", "ob gyn", "obgyn"], short: ["ob"],
      .mixed, pay: 352_000, payIn: "OB-GYN", downstream: 2_020_000, downstreamIn: "OB-GYN"),
    entry("Urology", ["urolog"], .mixed, pay: 515_000, downstream: nil),
    entry("Radiology", ["radiolog"], .mixed, pay: 498_000, downstream: nil),
    entry("Dermatology", ["dermat"], .office, pay: 479_000, downstream: nil),
    entry("Anesthesiology", ["anesth", "anaesth"], .hospital, pay: 472_000, downstream: nil),
    entry(
      "Otolaryngology", ["otolaryng", "ear nose"], short: ["ent"], .mixed, pay: 459_000,
      downstream: nil),
    entry("Ophthalmology", ["ophthalm"], .mixed, pay: 409_000, downstream: nil),
    entry("Pathology", ["patholog"], .mixed, pay: 366_000, downstream: nil),
    entry("Neurology", ["neurolog"], .mixed, pay: 343_000, downstream: nil),
    entry("Nephrology", ["nephrol"], .mixed, pay: 341_000, downstream: nil),
    entry(
      "Physical medicine and rehabilitation", ["physical med", "physiatr", "rehabilitation"],
      short: ["pmr"], .mixed, pay: 341_000, payIn: "PM&R", downstream: nil),
    entry("Psychiatry", ["psychiat"], .office, pay: 323_000, downstream: nil),
    entry(
      "Allergy and immunology", ["allerg", "immunolog"], .office, pay: 307_000,
      payIn: "allergy/immunology", downstream: nil),
    entry("Rheumatology", ["rheumat"], .office, pay: 286_000, downstream: nil),
    entry(
      "Public health and preventive medicine", ["preventive", "public health"], .office,
      pay: 263_000, payIn: "preventive medicine", downstream: nil),
    entry(
      "Infectious diseases", ["infectious"], short: ["id"], .mixed, pay: 261_000, downstream: nil),
    entry(
      "Diabetes and endocrinology", ["endocrin", "diabet"], .office, pay: 256_000,
      payIn: "endocrinology", downstream: nil),
  ]
}
