import Foundation

/// The action items screen. Like answers, a change shows only once the journal has it.
extension Coach {
  static func actionItems(_ state: inout CoachState, _ event: ActionItemsEvent) -> [CoachEffect] {
    switch event {
    case .saved(let item): return saved(&state, item)
    case .deleted(let id): return deleted(&state, id)
    case .saveFailed(let message):
      if state.pendingWrite == .record(.actionItems) { state.pendingWrite = nil }
      state.notice = .error(message)
      return []
    case .opened:
      state.route = .actionItems
      state.notice = nil
      state.actions.editing.reset()
      return []
    case .row(let event):
      switch row(&state, \.actions.editing, event) {
      case .submit?: return submitActionItemField(&state)
      case .delete(let id)?: return write(&state, .delete(id: id))
      case .nothing?, .cancelled?, nil: return []
      }
    case .selectionMoved, .addRequested, .renameRequested, .dueDateRequested, .doneToggled,
      .deleteRequested:
      guard state.pendingWrite == nil else { return [] }
      return command(&state, event)
    }
  }

  private static func command(_ state: inout CoachState, _ event: ActionItemsEvent)
    -> [CoachEffect]
  {
    state.notice = nil
    let selected = state.actions.selected
    switch event {
    case .selectionMoved(let offset):
      let last = max(0, state.actions.items.count - 1)
      state.actions.selection = min(max(0, state.actions.selection + offset), last)
    case .addRequested:
      state.actions.editing.open(.newTitle, text: "")
    case .renameRequested:
      if let selected { state.actions.editing.open(.title(id: selected.id), text: selected.title) }
    case .dueDateRequested:
      if let selected {
        state.actions.editing.open(.dueDate(id: selected.id), text: selected.dueDate?.iso ?? "")
      }
    case .doneToggled:
      guard let selected else { return [] }
      return write(&state, .setDone(id: selected.id, !selected.isDone))
    case .deleteRequested:
      state.actions.editing.pendingDelete = selected?.id
    case .saved, .deleted, .saveFailed, .opened, .row:
      break
    }
    return []
  }

  private static func submitActionItemField(_ state: inout CoachState) -> [CoachEffect] {
    let text = state.actions.editing.buffer.text.trimmingCharacters(in: .whitespaces)
    switch state.actions.editing.field {
    case .newTitle?, .title?:
      guard !text.isEmpty else {
        state.notice = .error("An action item needs a title.")
        return []
      }
      if case .title(let id)? = state.actions.editing.field {
        return write(&state, .rename(id: id, title: text))
      }
      return write(&state, .add(title: text))
    case .dueDate(let id)?:
      if text.isEmpty { return write(&state, .setDueDate(id: id, nil)) }
      switch DateParser.date(from: text) {
      case .success(let date): return write(&state, .setDueDate(id: id, date))
      case .failure(let error):
        state.notice = .error(error.message)
        return []
      }
    case nil:
      return []
    }
  }

  private static func write(_ state: inout CoachState, _ change: ActionItemChange)
    -> [CoachEffect]
  {
    state.pendingWrite = .record(.actionItems)
    return [.actionItems(change)]
  }

  private static func saved(_ state: inout CoachState, _ item: ActionItem) -> [CoachEffect] {
    var items = state.actions.items.filter { $0.id != item.id }
    items.append(item)
    state.actions.items = ActionItemsDigest.ordered(items)
    // The selection follows the item, wherever its new due date or state sorts it.
    state.actions.selection = state.actions.items.firstIndex { $0.id == item.id } ?? 0
    finishWrite(&state, notice: "Saved.")
    return []
  }

  private static func deleted(_ state: inout CoachState, _ id: Int64) -> [CoachEffect] {
    state.actions.items.removeAll { $0.id == id }
    let last = max(0, state.actions.items.count - 1)
    state.actions.selection = min(state.actions.selection, last)
    finishWrite(&state, notice: "Deleted.")
    return []
  }

  private static func finishWrite(_ state: inout CoachState, notice: String) {
    guard state.pendingWrite == .record(.actionItems) else { return }
    state.pendingWrite = nil
    state.actions.editing.field = nil
    state.notice = .info(notice)
  }
}
