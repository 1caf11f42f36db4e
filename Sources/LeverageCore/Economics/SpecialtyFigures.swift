/// A published figure with what it measured, its source and its data year, so the app can
/// quote it with both beside it and never borrow it for another specialty.
public struct PublishedFigure: Equatable, Sendable {
  public var cents: Int64
  /// The group the source measured, in its own words: "cardiology", "invasive cardiology".
  public var measured: String
  /// "Medscape Physician Compensation Report 2024".
  public var source: String
  /// The year the figure measures.
  public var year: Int

  public init(cents: Int64, measured: String, source: String, year: Int) {
    self.cents = cents
    self.measured = measured
    self.source = source
    self.year = year
  }
}

/// Where a specialty's typical work is done. It sets how much of a service's total RVUs is
/// the physician's work: in a hospital the facility carries the practice expense, so work is
/// most of what Medicare pays the physician, and the same wRVUs stand for less revenue.
public enum PracticeSetting: Equatable, Sendable, CaseIterable {
  case office, hospital, mixed

  public var name: String {
    switch self {
    case .office: "office-based practice"
    case .hospital: "hospital-based practice"
    case .mixed: "office and hospital practice"
    }
  }
}

/// One specialty's dated, sourced figures. A figure no public source gives is nil, and the
/// app says so rather than show another specialty's.
public struct SpecialtyFigures: Equatable, Sendable {
  /// "Cardiology, invasive or interventional".
  public var name: String
  /// Lowercase starts of words ("cardiolog") or phrases ("general surg") that name it.
  public var keys: [String]
  /// Short names matched as whole words only ("gi", "ent", "fm").
  public var abbreviations: [String]
  public var setting: PracticeSetting
  /// Average annual compensation of the specialty.
  public var compensation: PublishedFigure?
  /// Average net inpatient and outpatient hospital revenue per physician.
  public var downstream: PublishedFigure?

  public init(
    name: String, keys: [String], abbreviations: [String] = [], setting: PracticeSetting,
    compensation: PublishedFigure?, downstream: PublishedFigure?
  ) {
    self.name = name
    self.keys = keys
    self.abbreviations = abbreviations
    self.setting = setting
    self.compensation = compensation
    self.downstream = downstream
  }
}

/// What the profile's specialty was matched to.
public enum SpecialtyMatch: Equatable, Sendable {
  /// The profile names no specialty yet.
  case notGiven
  /// A specialty this app has no figures for, as typed.
  case unknown(String)
  case known(SpecialtyFigures)

  /// The matched figures, if any.
  public var figures: SpecialtyFigures? {
    if case .known(let figures) = self { figures } else { nil }
  }

  /// Where the work is done: the specialty's setting, else the widest range.
  public var setting: PracticeSetting { figures?.setting ?? .mixed }
}

extension SpecialtyFigures {
  /// The specialty named in free text such as "Interventional cardiology" or "OB-GYN". The
  /// table lists narrower specialties first, so the first match is the most specific.
  public static func match(_ text: String?) -> SpecialtyMatch {
    guard let text, !text.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) else {
      return .notGiven
    }
    let words = text.lowercased().split { !$0.isLetter }.map(String.init)
    let joined = " " + words.joined(separator: " ")
    let found = table.first { specialty in
      specialty.keys.contains { joined.contains(" " + $0) }
        || specialty.abbreviations.contains { words.contains($0) }
    }
    return found.map(SpecialtyMatch.known) ?? .unknown(text)
  }
}
