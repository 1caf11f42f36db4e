/// One line of an offer, in the order the comparison table shows them.
public enum OfferLine: String, CaseIterable, Sendable, Codable {
  case salary, signingBonus, clawbackYears, wrvus, ratePerWRVU, wrvuThreshold, callNights
  case cmeMoney, cmeDays, loanRepayment, tailCost, relocation, nonCompete, noticeMonths

  /// What a cell of this line holds.
  public enum Kind: Equatable, Sendable {
    case money
    /// A count or a measure, in `unit` ("years", "nights").
    case number(unit: String)
    case text
  }

  /// Which value leads when offers are compared; `.none` where more is not better by itself.
  public enum Preference: Equatable, Sendable {
    case higher, lower, none
  }

  /// How the line's money enters the yearly total: every year, spread over the horizon, or
  /// not directly (terms, and the figures production pay is worked out from).
  public enum Timing: Equatable, Sendable {
    case yearly, oneOff, none
  }

  /// At most 20 columns, the width of the table's label column.
  public var label: String {
    switch self {
    case .salary: "Salary"
    case .signingBonus: "Signing bonus"
    case .clawbackYears: "Bonus clawback"
    case .wrvus: "wRVUs a year"
    case .ratePerWRVU: "Pay per wRVU"
    case .wrvuThreshold: "wRVU threshold"
    case .callNights: "Call nights/month"
    case .cmeMoney: "CME money/year"
    case .cmeDays: "CME days/year"
    case .loanRepayment: "Loan repayment/yr"
    case .tailCost: "Tail cost you pay"
    case .relocation: "Relocation"
    case .nonCompete: "Non-compete"
    case .noticeMonths: "Notice period"
    }
  }

  /// One line under 78 columns saying what to type.
  public var hint: String {
    switch self {
    case .salary: "Base pay a year, like 250k. ~ marks an estimate, like ~250k."
    case .signingBonus: "Paid once on signing, like 30k; leave empty if there is none."
    case .clawbackYears: "Years you must stay or repay the bonus, like 3; 0 if never repaid."
    case .wrvus: "Work RVUs you expect a year, like 5,000. ~ marks an estimate."
    case .ratePerWRVU: "What this employer pays per wRVU, like 52.50."
    case .wrvuThreshold: "wRVUs a year before production pay starts; empty if from the first."
    case .callNights: "Nights on call a month, like 4."
    case .cmeMoney: "Money a year for courses and travel, like 3k."
    case .cmeDays: "Paid days a year for CME, like 5."
    case .loanRepayment: "Student loan repayment the employer pays a year, like 20k."
    case .tailCost: "What you would pay for tail cover on leaving, like ~40k; 0 if it is covered."
    case .relocation: "Moving money paid once, like 10k; leave empty if there is none."
    case .nonCompete: "Its scope in a few words, like 10 miles, 2 years, all sites."
    case .noticeMonths: "Months of notice either side must give, like 3."
    }
  }

  public var kind: Kind {
    switch self {
    case .salary, .signingBonus, .ratePerWRVU, .cmeMoney, .loanRepayment, .tailCost, .relocation:
      .money
    case .clawbackYears: .number(unit: "years")
    case .wrvus, .wrvuThreshold: .number(unit: "wRVUs")
    case .callNights: .number(unit: "nights")
    case .cmeDays: .number(unit: "days")
    case .noticeMonths: .number(unit: "months")
    case .nonCompete: .text
    }
  }

  public var preference: Preference {
    switch self {
    case .salary, .signingBonus, .ratePerWRVU, .cmeMoney, .cmeDays, .loanRepayment, .relocation:
      .higher
    case .clawbackYears, .wrvuThreshold, .callNights, .tailCost: .lower
    // More work is not better by itself, and notice cuts both ways.
    case .wrvus, .nonCompete, .noticeMonths: .none
    }
  }

  public var timing: Timing {
    switch self {
    case .salary, .cmeMoney, .loanRepayment: .yearly
    case .signingBonus, .tailCost, .relocation: .oneOff
    case .clawbackYears, .wrvus, .ratePerWRVU, .wrvuThreshold, .callNights, .cmeDays,
      .nonCompete, .noticeMonths:
      .none
    }
  }
}
