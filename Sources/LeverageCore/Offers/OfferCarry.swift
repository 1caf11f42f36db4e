/// What step 3 already gave that the current job's column holds too, so she need not type it
/// twice. Pay is the exception when production pay comes along: step 3 asks for total pay,
/// which includes production pay, and the table adds production pay on top of its salary
/// line, so carrying both would count production twice.
public struct CarriedEntry: Equatable, Sendable {
  public var offerID: Int64
  public var line: OfferLine
  public var entry: OfferEntry

  public init(offerID: Int64, line: OfferLine, entry: OfferEntry) {
    self.offerID = offerID
    self.line = line
    self.entry = entry
  }
}

extension Course {
  /// Step 3's figures as offer lines, in table order: wRVUs and the rate as given, else the
  /// total pay marked `~` as an estimate of the base salary.
  public func carriedEntries(answers: [PromptKey: AnswerValue]) -> [OfferLine: OfferEntry] {
    guard let (unit, inputs) = economicsUnit else { return [:] }
    func answer(_ id: String?) -> AnswerValue? {
      id.flatMap { answers[PromptKey(unitID: unit.id, promptID: $0)] }
    }
    var entries: [OfferLine: OfferEntry] = [:]
    if case .number(let wRVUs)? = answer(inputs.wRVUs) {
      entries[.wrvus] = .number(wRVUs, isEstimate: false)
    }
    if case .money(let rate)? = answer(inputs.ratePerWRVU) {
      entries[.ratePerWRVU] = .money(cents: rate, isEstimate: false)
    }
    let paysForProduction = entries[.wrvus] != nil && entries[.ratePerWRVU] != nil
    if !paysForProduction, case .money(let pay)? = answer(inputs.salary) {
      entries[.salary] = .money(cents: pay, isEstimate: true)
    }
    return entries
  }

  /// "Current job: wRVUs a year and pay per wRVU are your figures from step 3.", for each
  /// current job whose lines still hold them; nil when none does.
  public func carriedNote(offers: [Offer], answers: [PromptKey: AnswerValue]) -> String? {
    let carried = carriedEntries(answers: answers)
    guard let offer = offers.first(where: \.isCurrentJob) else { return nil }
    let lines = OfferLine.allCases.filter { line in
      carried[line] != nil && offer.entries[line] == carried[line]
    }
    guard !lines.isEmpty else { return nil }
    let names = lines.map { line in
      line == .salary
        ? "its salary (your total pay, as an estimate)"
        : line.label
          .prefix(1).lowercased() + line.label.dropFirst()
    }
    let listed =
      names.count > 1
      ? names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
      : names[0]
    return "\(offer.name): \(listed) carried from step 3."
  }
}
