import LeverageCore

extension EffectRunner {
  /// Writes one change and says how it went; a failure keeps the screen as it was.
  func apply(_ change: ActionItemChange) -> ActionItemsEvent {
    do {
      switch change {
      case .add(let title):
        return .saved(try store.addActionItem(title: title, at: now()))
      case .rename(let id, let title):
        return .saved(try store.renameActionItem(id, to: title, at: now()))
      case .setDueDate(let id, let due):
        return .saved(try store.setDueDate(due, ofActionItem: id, at: now()))
      case .setDone(let id, let done):
        return .saved(try store.setDone(done, ofActionItem: id, at: now()))
      case .delete(let id):
        try store.deleteActionItem(id, at: now())
        return .deleted(id: id)
      }
    } catch {
      return .saveFailed(message: "Not saved: \(error.briefMessage)")
    }
  }
}
