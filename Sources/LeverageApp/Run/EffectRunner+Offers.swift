import LeverageCore

extension EffectRunner {
  /// Writes one change to an offer and says how it went; a failure keeps the screen as it was.
  func apply(_ change: OfferChange) -> OffersEvent {
    do {
      switch change {
      case .add(let name):
        return .saved(try store.addOffer(name: name, at: now()))
      case .rename(let id, let name):
        return .saved(try store.renameOffer(id, to: name, at: now()))
      case .setEntry(let id, let line, let entry):
        return .saved(try store.setEntry(entry, line: line, ofOffer: id, at: now()))
      case .delete(let id):
        try store.deleteOffer(id, at: now())
        return .deleted(id: id)
      }
    } catch {
      return .saveFailed(message: "Not saved: \(error.briefMessage)")
    }
  }
}
