/// The prompts: editing an answer, submitting it, moving between prompts and to the map.
extension Coach {
  static func edit(_ state: inout CoachState, _ event: CoachEvent) {
    guard var editor = state.editor, state.pendingWrite == nil else { return }
    let before = editor
    switch event {
    case .typed(let text): editor.editActiveField { $0.insert(text) }
    case .newLineRequested:
      if case .list = editor.kind {
        editor.insertItem()
      } else {
        editor.editActiveField { if $0.multiline { $0.insert("\n") } }
      }
    case .deletedBackward:
      if !editor.removeEmptyItem() { editor.editActiveField { $0.deleteBackward() } }
    case .deletedForward: editor.editActiveField { $0.deleteForward() }
    case .deletedWordBackward: editor.editActiveField { $0.deleteWordBackward() }
    case .deletedToLineStart: editor.editActiveField { $0.deleteToLineStart() }
    case .cursorMoved(let movement): editor.editActiveField { $0.move(movement) }
    case .focusMoved(let offset):
      if isOnLastBlankItem(editor), offset > 0 {
        state.notice = .info("This is the last item: type it, or press Enter to save the list.")
        return
      }
      moveFocus(&editor, by: offset)
    case .focusSet(let index): editor.setFocus(index)
    case .itemMoved(let offset): editor.moveItem(by: offset)
    case .optionToggled: editor.toggleFocusedOption()
    case .optionPicked(let index):
      if case .choice(let rule) = editor.kind, !rule.options.indices.contains(index) {
        state.notice = .error(notAnOption(index + 1, count: rule.options.count))
        return
      }
      editor.pickOption(index)
    case .scaleStepped(let offset): editor.stepScale(by: offset)
    case .scaleSet(let value):
      if case .scale(let rule) = editor.kind, !(rule.minimum...rule.maximum).contains(value) {
        state.notice = .error(
          "\(value) is off this scale: pick a number from \(rule.minimum) to \(rule.maximum).")
        return
      }
      editor.setScale(value)
    default: return
    }
    guard editor != before else { return }
    state.editor = editor
    // Typing while reading the teaching brings the answer back into view.
    state.teachingScroll = 0
    if editor.input != before.input {
      state.draftIsDirty = true
      state.notice = nil
    }
  }

  /// The editor's text becomes the draft; Enter still saves it, so nothing is saved behind
  /// the user's back.
  static func replaceAnswerText(_ state: inout CoachState, with text: String) {
    guard var editor = state.editor, state.pendingWrite == nil, case .text = editor.kind else {
      return
    }
    editor.editActiveField { $0 = TextBuffer(text, multiline: $0.multiline) }
    if editor.input != state.editor?.input { state.draftIsDirty = true }
    state.editor = editor
    state.notice = .info("Back from your editor: press Enter to save.")
  }

  /// "3 is not an option: pick 1 or 2.", as the scale says of a number off it.
  private static func notAnOption(_ number: Int, count: Int) -> String {
    let range = count == 2 ? "1 or 2" : "a number from 1 to \(count)"
    return "\(number) is not an option: pick \(range)."
  }

  /// Tab on an empty last item would wrap to the first, where the next words would join
  /// its text: it stays, and says why.
  private static func isOnLastBlankItem(_ editor: PromptEditor) -> Bool {
    guard case .list = editor.kind else { return false }
    return editor.focus == editor.fields.count - 1 && editor.fields[editor.focus].isBlank
  }

  /// Tab past the last item of a growable list adds a new one, as a person filling a list
  /// expects; everywhere else focus wraps around.
  private static func moveFocus(_ editor: inout PromptEditor, by offset: Int) {
    if case .list = editor.kind, offset > 0, editor.focus == editor.fields.count - 1,
      !editor.fields[editor.focus].isBlank
    {
      let count = editor.fields.count
      editor.insertItem()
      if editor.fields.count > count { return }
    }
    editor.moveFocus(by: offset)
  }

  /// `figureChecked`: the user has answered "Did you mean $720,000?" for this figure.
  static func submit(_ state: inout CoachState, figureChecked: Bool = false) -> [CoachEffect] {
    guard var editor = state.editor, let position = state.currentPosition,
      state.pendingWrite == nil, state.figureQuestion == nil
    else { return [] }
    let prompt = state.outline.prompt(at: position)
    if case .choice(let rule) = prompt.kind, !rule.multiple, editor.selected.isEmpty,
      editor.activeFieldIndex == nil, editor.hasMovedFocus
    {
      // Enter on an option the user moved to picks it; on an untouched list it picks
      // nothing, so an optional choice is skipped rather than saved as its first option.
      editor.toggleFocusedOption()
      state.editor = editor
    }
    switch AnswerAdmission.answer(from: editor.input, for: prompt) {
    case .failure(let error):
      state.notice = .error(error.message)
      // "List exactly 2 items (you have 1)": the cursor goes to the item the message asks for.
      if editor.focusEmptyItemIfShort() { state.editor = editor }
      return []
    case .success(nil):
      state.notice = nil
      return discardDraftIfAny(&state, editor.key) + markSkipped(&state, editor.key, prompt)
        + advance(&state, from: position)
    case .success(let value?):
      if !figureChecked, askAboutFigure(&state, value, kind: prompt.kind) { return [] }
      // The same figure at a new meeting is that meeting's entry, not "unchanged".
      if value == state.answers[editor.key], !state.startsAfresh(editor.key) {
        state.notice = nil
        return discardDraftIfAny(&state, editor.key) + advance(&state, from: position)
      }
      state.pendingWrite = .answer(editor.key)
      return [
        .saveAnswer(
          value, key: editor.key, kind: prompt.kind.name,
          then: placeAfterSaving(state, from: position))
      ]
    }
  }

  /// The place `answerSaved` moves to, as `advance` works it out: the next prompt, or the
  /// map after the last one. An edit from the review goes back to the review, which is no
  /// place, so the place stays.
  private static func placeAfterSaving(_ state: CoachState, from position: PromptPosition)
    -> CoursePlace?
  {
    if state.returnsToReview { return nil }
    guard let next = state.outline.position(after: position) else { return .map }
    return .prompt(state.outline.key(at: next))
  }

  static func answerSaved(_ state: inout CoachState, _ saved: SavedAnswer) -> [CoachEffect] {
    state.answers[saved.key] = saved.value
    state.drafts[saved.key] = nil
    state.skipped.remove(saved.key)
    logCues(&state, saved)
    let newActionItems = debriefActionItems(state, saved)
    guard state.pendingWrite == .answer(saved.key), let position = state.currentPosition else {
      return newActionItems
    }
    state.pendingWrite = nil
    state.draftIsDirty = false
    if state.returnsToReview {
      state.editor = nil
      state.notice = .info("Saved as a new revision.")
      return newActionItems + returnToReview(&state)
    }
    // An earlier failure's message must not outlive the save that followed it.
    state.notice = nil
    let prompt = state.outline.prompt(at: position)
    let effects = advance(&state, from: position)
    if state.notice == nil {
      state.notice = .info(
        pastDateWarning(saved.value, kind: prompt.kind, today: state.today)
          ?? "Saved.")
    }
    return newActionItems + effects
  }

  /// A day that should be ahead but has passed is saved all the same, with a word on it: the
  /// user may be recording a meeting that already happened.
  static func pastDateWarning(_ value: AnswerValue, kind: PromptKind, today: CalendarDate)
    -> String?
  {
    guard case .date(inFuture: true) = kind, case .date(let day) = value, day < today else {
      return nil
    }
    return "Saved. \(day.iso) has already passed: change it if the meeting is still ahead."
  }

  private static func advance(_ state: inout CoachState, from position: PromptPosition)
    -> [CoachEffect]
  {
    guard let next = state.outline.position(after: position) else {
      state.editor = nil
      if let effects = finishSection(&state, from: position) { return effects }
      state.route = .map
      state.notice = .info("That was the last prompt. Pick any unit to revisit it.")
      return [.savePlace(.map)]
    }
    state.editor = nil
    return open(&state, next)
  }

  static func step(_ state: inout CoachState, forward: Bool) -> [CoachEffect] {
    guard let position = state.currentPosition, state.pendingWrite == nil else { return [] }
    let target =
      forward
      ? state.outline.position(after: position) : state.outline.position(before: position)
    guard let target else {
      state.notice = .info(forward ? "This is the last prompt." : "This is the first prompt.")
      return []
    }
    state.notice = nil
    state.returnsToReview = false
    return open(&state, target)
  }

  static func toggleMap(_ state: inout CoachState) -> [CoachEffect] {
    switch state.route.mapKey {
    case .leavePrompt:
      guard state.pendingWrite == nil else { return [] }
      if state.returnsToReview {
        return leaveCurrentPrompt(&state) + returnToReview(&state)
      }
      let effects = leaveCurrentPrompt(&state)
      state.route = .map
      state.notice = nil
      return effects + [.savePlace(.map)]
    case .backToPrompt:
      guard let position = state.lastPosition else { return [] }
      state.notice = nil
      return open(&state, position)
    case .closeScreen:
      state.route = .map
      state.exportForm = nil
      state.notice = nil
      return [.savePlace(.map)]
    }
  }

  static func open(_ state: inout CoachState, _ position: PromptPosition)
    -> [CoachEffect]
  {
    let effects = leaveCurrentPrompt(&state)
    state.openPrompt(at: position)
    return effects + [.savePlace(.prompt(state.outline.key(at: position)))]
  }

  /// Keeps what was typed into the prompt being left: a draft when it differs from the saved
  /// answer, nothing when it is the same.
  static func leaveCurrentPrompt(_ state: inout CoachState) -> [CoachEffect] {
    state.figureQuestion = nil
    let effects = keepDraft(&state)
    state.editor = nil
    state.draftIsDirty = false
    return effects
  }

  /// Makes the journal's draft of the prompt on screen what the field holds: one when it
  /// differs from the saved answer, none when it is the same (cleared, or restored). The
  /// coach's `drafts` always mirror the journal's, so a later skip or save knows a draft is
  /// there to delete: a timer's draft the coach did not know of outlived a skip, and came
  /// back at the next launch.
  static func keepDraft(_ state: inout CoachState) -> [CoachEffect] {
    guard let editor = state.editor else { return [] }
    let input = editor.input
    if input == state.savedInput(for: editor.key, kind: editor.kind) {
      return discardDraftIfAny(&state, editor.key)
    }
    state.drafts[editor.key] = input
    return [.saveDraft(input, key: editor.key)]
  }

  /// Enter on an optional prompt left empty is the user's "nothing to add": it counts as
  /// done from then on. Ctrl-N only looks ahead, and leaves the prompt open.
  private static func markSkipped(_ state: inout CoachState, _ key: PromptKey, _ prompt: Prompt)
    -> [CoachEffect]
  {
    guard !prompt.required, state.answers[key] == nil, state.skipped.insert(key).inserted else {
      return []
    }
    return [.markSkipped(key)]
  }

  private static func discardDraftIfAny(_ state: inout CoachState, _ key: PromptKey)
    -> [CoachEffect]
  {
    guard state.drafts.removeValue(forKey: key) != nil else { return [] }
    return [.discardDraft(key)]
  }
}
