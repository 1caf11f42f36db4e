/// The coach's state machine: the only place the course is walked. Pure: it reads the state
/// and the event, changes the state, and returns the work the effect runner must do.
public enum Coach {
  public static func update(_ state: inout CoachState, _ event: CoachEvent) -> [CoachEffect] {
    switch event {
    case .typed, .newLineRequested, .deletedBackward, .deletedForward, .deletedWordBackward,
      .deletedToLineStart, .cursorMoved, .focusMoved, .itemMoved, .optionToggled, .optionPicked,
      .scaleStepped,
      .scaleSet:
      edit(&state, event)
      return []
    case .editorReturned(let text):
      replaceAnswerText(&state, with: text)
      return []
    case .editorFailed(let message):
      state.notice = .error(message)
      return []
    case .review(let reviewEvent):
      return review(&state, reviewEvent)
    case .beginRequested:
      state.notice = nil
      // From the profile, "begin" means the course, not the profile question last seen.
      let last = state.lastPosition.flatMap {
        state.outline.stops[$0.unitIndex].inProfile ? nil : $0
      }
      return open(&state, last ?? state.firstOpenPosition())
    case .answerSubmitted:
      return submit(&state)
    case .answerSaved(let saved):
      return answerSaved(&state, saved)
    case .answerSaveFailed(let key, let message):
      if state.pendingWrite == .answer(key) { state.pendingWrite = nil }
      state.notice = .error(message)
      return []
    case .draftSaveFailed(let message), .backupFailed(let message):
      state.notice = .error(message)
      return []
    case .nextPromptRequested:
      return step(&state, forward: true)
    case .previousPromptRequested:
      return step(&state, forward: false)
    case .mapRequested:
      return toggleMap(&state)
    case .mapSelectionMoved(let offset):
      let last = state.outline.stops.count - 1
      state.mapSelection = min(max(0, state.mapSelection + offset), last)
      return []
    case .unitOpened(let unitIndex):
      guard state.outline.stops.indices.contains(unitIndex) else { return [] }
      if state.outline.stops[unitIndex].inProfile { return showProfile(&state) }
      state.notice = nil
      return open(&state, state.firstOpenPosition(inUnit: unitIndex))
    case .helpToggled:
      state.showsHelp.toggle()
      state.helpScroll = 0
      return []
    case .helpScrolled(let offset, let limit):
      if state.showsHelp { state.helpScroll = scrolled(state.helpScroll, by: offset, limit: limit) }
      return []
    case .teachingScrolled(let offset, let limit):
      scrollTeaching(&state, by: offset, limit: limit)
      return []
    case .welcomeScrolled(let offset, let limit):
      if state.route == .welcome {
        state.welcomeScroll = scrolled(state.welcomeScroll, by: offset, limit: limit)
      }
      return []
    case .draftTimerFired:
      guard state.draftIsDirty, state.pendingWrite == nil, let editor = state.editor else {
        return []
      }
      state.draftIsDirty = false
      return [.saveDraft(editor.input, key: editor.key)]
    case .dayBegan(let day):
      state.today = day
      return []
    case .quitRequested:
      return leaveCurrentPrompt(&state) + [.quit(exitStatus: 0)]
    case .signalReceived(let status):
      return leaveCurrentPrompt(&state) + [.quit(exitStatus: status)]
    case .profile(let event):
      return profile(&state, event)
    case .actionItems(let event):
      return actionItems(&state, event)
    case .offers(let event):
      return offers(&state, event)
    case .brief(let event):
      return brief(&state, event)
    case .export(let event):
      return export(&state, event)
    }
  }

  private static func edit(_ state: inout CoachState, _ event: CoachEvent) {
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
    case .focusMoved(let offset): moveFocus(&editor, by: offset)
    case .itemMoved(let offset): editor.moveItem(by: offset)
    case .optionToggled: editor.toggleFocusedOption()
    case .optionPicked(let index): editor.pickOption(index)
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
    if editor.input != before.input {
      state.draftIsDirty = true
      state.notice = nil
    }
  }

  /// The editor's text becomes the draft; Enter still saves it, so nothing is saved behind
  /// the user's back.
  private static func replaceAnswerText(_ state: inout CoachState, with text: String) {
    guard var editor = state.editor, state.pendingWrite == nil, case .text = editor.kind else {
      return
    }
    editor.editActiveField { $0 = TextBuffer(text, multiline: $0.multiline) }
    if editor.input != state.editor?.input { state.draftIsDirty = true }
    state.editor = editor
    state.notice = .info("Back from your editor: press Enter to save.")
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

  private static func submit(_ state: inout CoachState) -> [CoachEffect] {
    guard var editor = state.editor, let position = state.currentPosition,
      state.pendingWrite == nil
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
      return []
    case .success(nil):
      state.notice = nil
      return discardDraftIfAny(&state, editor.key) + advance(&state, from: position)
    case .success(let value?):
      if value == state.answers[editor.key] {
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

  private static func answerSaved(_ state: inout CoachState, _ saved: SavedAnswer) -> [CoachEffect]
  {
    state.answers[saved.key] = saved.value
    state.drafts[saved.key] = nil
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

  private static func step(_ state: inout CoachState, forward: Bool) -> [CoachEffect] {
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

  private static func toggleMap(_ state: inout CoachState) -> [CoachEffect] {
    switch state.route {
    case .prompt:
      guard state.pendingWrite == nil else { return [] }
      if state.returnsToReview {
        return leaveCurrentPrompt(&state) + returnToReview(&state)
      }
      let effects = leaveCurrentPrompt(&state)
      state.route = .map
      state.notice = nil
      return effects + [.savePlace(.map)]
    case .map:
      guard let position = state.lastPosition else { return [] }
      state.notice = nil
      return open(&state, position)
    case .welcome, .review, .profile, .actionItems, .offers, .brief:
      state.route = .map
      state.notice = nil
      return [.savePlace(.map)]
    case .export:
      state.route = .map
      state.exportForm = nil
      state.notice = nil
      return []
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
    guard let editor = state.editor else { return [] }
    state.editor = nil
    state.draftIsDirty = false
    let input = editor.input
    if input == state.savedInput(for: editor.key, kind: editor.kind) {
      return discardDraftIfAny(&state, editor.key)
    }
    state.drafts[editor.key] = input
    return [.saveDraft(input, key: editor.key)]
  }

  private static func discardDraftIfAny(_ state: inout CoachState, _ key: PromptKey)
    -> [CoachEffect]
  {
    guard state.drafts.removeValue(forKey: key) != nil else { return [] }
    return [.discardDraft(key)]
  }
}
