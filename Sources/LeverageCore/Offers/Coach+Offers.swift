import Foundation

/// The offers screen. As with answers, a change shows only once the journal has it.
extension Coach {
  static func offers(_ state: inout CoachState, _ event: OffersEvent) -> [CoachEffect] {
    switch event {
    case .saved(let offer): return savedOffer(&state, offer)
    case .deleted(let id): return deletedOffer(&state, id)
    case .saveFailed(let message):
      if state.pendingWrite == .record(.offers) { state.pendingWrite = nil }
      state.offers.carrying = []
      state.notice = .error(message)
      return []
    case .opened:
      state.route = .offers
      state.notice = nil
      state.offers.editing.reset()
      return []
    case .row(let event):
      switch row(&state, \.offers.editing, event) {
      case .submit?: return submitOfferField(&state)
      case .delete(let id)?: return writeOffer(&state, .delete(id: id))
      case .nothing?, .cancelled?, nil: return []
      }
    case .lineMoved, .columnMoved, .cellSelected, .horizonChanged, .addRequested, .renameRequested,
      .editRequested, .clearRequested, .deleteRequested:
      guard state.pendingWrite == nil else { return [] }
      return offersCommand(&state, event)
    }
  }

  private static func offersCommand(_ state: inout CoachState, _ event: OffersEvent)
    -> [CoachEffect]
  {
    state.notice = nil
    let selected = state.offers.selected
    switch event {
    case .lineMoved(let offset):
      let lines = OfferLine.allCases
      let index = lines.firstIndex(of: state.offers.line) ?? 0
      state.offers.line = lines[min(max(0, index + offset), lines.count - 1)]
    case .columnMoved(let offset):
      let last = max(0, state.offers.offers.count - 1)
      state.offers.column = min(max(0, state.offers.column + offset), last)
    case .cellSelected(let line, let column):
      state.offers.line = line
      state.offers.column = min(max(0, column), max(0, state.offers.offers.count - 1))
    case .horizonChanged(let offset):
      let range = OfferComparison.horizonRange
      state.offers.horizonYears = min(
        max(range.lowerBound, state.offers.horizonYears + offset), range.upperBound)
    case .addRequested:
      state.offers.editing.open(.newName, text: "")
    case .renameRequested:
      if let selected { state.offers.editing.open(.name(id: selected.id), text: selected.name) }
    case .editRequested(let typed):
      guard let selected else {
        state.notice = .info("Add an offer first: press a. Your current job counts as one.")
        return []
      }
      let line = state.offers.line
      let text = typed.isEmpty ? (selected.entries[line]?.editText ?? "") : typed
      state.offers.editing.open(.entry(id: selected.id, line: line), text: text)
    case .clearRequested:
      guard let selected, selected.entries[state.offers.line] != nil else { return [] }
      return writeOffer(&state, .setEntry(id: selected.id, line: state.offers.line, entry: nil))
    case .deleteRequested:
      state.offers.editing.pendingDelete = selected?.id
    case .saved, .deleted, .saveFailed, .opened, .row:
      break
    }
    return []
  }

  private static func submitOfferField(_ state: inout CoachState) -> [CoachEffect] {
    let text = state.offers.editing.buffer.text.trimmingCharacters(in: .whitespaces)
    switch state.offers.editing.field {
    case .newName?, .name?:
      switch Offer.name(from: text) {
      case .failure(let error):
        state.notice = .error(error.message)
        return []
      case .success(let name):
        if case .name(let id)? = state.offers.editing.field {
          return writeOffer(&state, .rename(id: id, name: name))
        }
        return writeOffer(&state, .add(name: name))
      }
    case .entry(let id, let line)?:
      switch OfferEntry.parse(text, for: line) {
      case .success(.money(let cents, let isEstimate))
      where line.isYearlyPay
        && askAboutFigure(
          &state, cents, pending: .offerEntry(id: id, line: line, isEstimate: isEstimate)):
        return []
      case .success(let entry):
        return writeOffer(&state, .setEntry(id: id, line: line, entry: entry))
      case .failure(let error):
        state.notice = .error(error.message)
        return []
      }
    case nil:
      return []
    }
  }

  static func writeOffer(_ state: inout CoachState, _ change: OfferChange)
    -> [CoachEffect]
  {
    state.pendingWrite = .record(.offers)
    return [.offers(change)]
  }

  private static func savedOffer(_ state: inout CoachState, _ offer: Offer) -> [CoachEffect] {
    let wasNew = !state.offers.offers.contains { $0.id == offer.id }
    let field = state.offers.editing.field
    if let index = state.offers.offers.firstIndex(where: { $0.id == offer.id }) {
      state.offers.offers[index] = offer
    } else {
      state.offers.offers.append(offer)
    }
    state.offers.column = state.offers.offers.firstIndex { $0.id == offer.id } ?? 0
    guard state.pendingWrite == .record(.offers) else { return [] }
    state.pendingWrite = nil
    state.offers.editing.field = nil
    if wasNew {
      // A new offer is filled in next, from its first line.
      state.offers.line = OfferLine.allCases[0]
      if offer.isCurrentJob { return carry(&state, into: offer) }
      state.notice = .info("Added. Type its salary and press Enter; ~ marks an estimate.")
      return []
    }
    if field == nil, let next = state.offers.carrying.first, next.offerID == offer.id {
      state.offers.carrying.removeFirst()
      return writeOffer(&state, .setEntry(id: offer.id, line: next.line, entry: next.entry))
    }
    // A write the coach made itself, such as a carried-over salary, keeps its own notice.
    if field != nil { state.notice = .info("Saved.") }
    if case .entry(_, let line)? = field, line == state.offers.line {
      // Entering figures line after line is the common case: go on to the next line.
      state.offers.line = nextLine(after: line)
    }
    return []
  }

  /// Writes step 3's figures into a new current job, one after another, and says what came
  /// across and what is still hers to type.
  private static func carry(_ state: inout CoachState, into offer: Offer) -> [CoachEffect] {
    let carried = state.course.carriedEntries(answers: state.answers)
    let entries = OfferLine.allCases.compactMap { line in
      carried[line].map { CarriedEntry(offerID: offer.id, line: line, entry: $0) }
    }
    guard let first = entries.first else {
      state.notice = .info("Added. Type its salary and press Enter; ~ marks an estimate.")
      return []
    }
    state.notice = .info(
      carryNotice(
        carried,
        payCents: state.course.economicsFigures(
          answers: state.answers)?.payCents))
    state.offers.carrying = Array(entries.dropFirst())
    return writeOffer(&state, .setEntry(id: offer.id, line: first.line, entry: first.entry))
  }

  private static func carryNotice(_ carried: [OfferLine: OfferEntry], payCents: Int64?)
    -> String
  {
    if case .money(let pay, _)? = carried[.salary] {
      // Step 3 asks for pay with bonuses, the table's line is base salary: the figure is
      // carried as an estimate for the user to correct, never as the base itself.
      return "Added with ~\(MoneyFormat.dollars(pay)), your pay from step 3: change it to the "
        + "base salary."
    }
    let total = payCents.map { "your \(MoneyFormat.dollars($0)) pay" } ?? "your pay"
    return "Carried your wRVUs and rate from step 3. Type the base salary: \(total) includes "
      + "production pay."
  }

  private static func nextLine(after line: OfferLine) -> OfferLine {
    let lines = OfferLine.allCases
    let index = lines.firstIndex(of: line) ?? 0
    return lines[min(index + 1, lines.count - 1)]
  }

  private static func deletedOffer(_ state: inout CoachState, _ id: Int64) -> [CoachEffect] {
    state.offers.offers.removeAll { $0.id == id }
    state.offers.column = min(state.offers.column, max(0, state.offers.offers.count - 1))
    guard state.pendingWrite == .record(.offers) else { return [] }
    state.pendingWrite = nil
    state.notice = .info("Deleted.")
    return []
  }
}
