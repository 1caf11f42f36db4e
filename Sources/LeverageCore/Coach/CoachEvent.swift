/// Everything that can happen to the coach, named after what the user (or the world) did.
/// The screen layer turns keys into these; the effect runner reports results with them.
public enum CoachEvent: Equatable, Sendable {
  case beginRequested
  case typed(String)
  case newLineRequested
  case deletedBackward
  case deletedForward
  case deletedWordBackward
  case deletedToLineStart
  /// The user's editor (Ctrl-X Ctrl-E) gave back this text for the answer being typed.
  case editorReturned(String)
  /// The editor could not run or failed; the answer stays as it was.
  case editorFailed(message: String)
  /// The editor returned with the text as it was given: it may still be open elsewhere.
  case editorLeftUnchanged
  case cursorMoved(CursorMovement)
  case focusMoved(by: Int)
  /// Focus on list item, template blank or choice row `index`, as a click there asks.
  case focusSet(Int)
  case itemMoved(by: Int)
  case optionToggled
  case optionPicked(Int)
  case scaleStepped(by: Int)
  case scaleSet(Int)
  case answerSubmitted
  /// y or n to "Did you mean $720,000?": whether the figure was meant in thousands.
  case figureAnswered(meantThousands: Bool)
  /// A key that does nothing here was pressed: the line says so, rather than nothing.
  case keyExplained(String)
  case nextPromptRequested
  case previousPromptRequested
  /// The teaching by the prompt moved `by` lines, kept within `limit`: the screen layer
  /// knows the size, so it works the limit out.
  case teachingScrolled(by: Int, limit: Int)
  /// The welcome moved `by` lines, kept within `limit`, on a terminal too short for it.
  case welcomeScrolled(by: Int, limit: Int)
  case mapRequested
  case mapSelectionMoved(by: Int)
  case unitOpened(Int)
  case helpToggled
  /// The keys F1 shows moved `by` lines, kept within `limit`, on a terminal too short for them.
  case helpScrolled(by: Int, limit: Int)
  case quitRequested
  case signalReceived(exitStatus: Int32)
  case draftTimerFired
  /// The clock passed midnight: what is due and the brief's date follow the new day.
  case dayBegan(CalendarDate)
  case answerSaved(SavedAnswer)
  case answerSaveFailed(PromptKey, message: String)
  case draftSaveFailed(message: String)
  /// The day's automatic backup failed; what was being saved is saved.
  case backupFailed(message: String)
  case review(ReviewEvent)
  case profile(ProfileEvent)
  case actionItems(ActionItemsEvent)
  case offers(OffersEvent)
  case brief(BriefEvent)
  case export(ExportEvent)
}

/// Work for the effect runner; `update` only describes it.
public enum CoachEffect: Equatable, Sendable {
  /// `then` is where the coach goes once the answer is saved, committed with it: a kill
  /// right after "Saved." must not reopen the prompt just answered.
  case saveAnswer(AnswerValue, key: PromptKey, kind: PromptKindName, then: CoursePlace?)
  case saveDraft(PromptInput, key: PromptKey)
  case discardDraft(PromptKey)
  /// The optional prompt was moved past empty: it counts as done (`CoachState.skipped`).
  case markSkipped(PromptKey)
  case savePlace(CoursePlace)
  case actionItems(ActionItemChange)
  case offers(OfferChange)
  case quit(exitStatus: Int32)
  case review(ReviewEffect)
  case export(ExportEffect)
}

/// The coach's state machine: the only place the course is walked. Pure: it reads the state
/// and the event, changes the state, and returns the work the effect runner must do.
public enum Coach {
  /// Hands each event to its feature's handler: a new event type is one line here.
  public static func update(_ state: inout CoachState, _ event: CoachEvent) -> [CoachEffect] {
    switch event {
    case .typed, .newLineRequested, .deletedBackward, .deletedForward, .deletedWordBackward,
      .deletedToLineStart, .cursorMoved, .focusMoved, .focusSet, .itemMoved, .optionToggled,
      .optionPicked, .scaleStepped, .scaleSet:
      edit(&state, event)
      return []
    case .editorReturned(let text):
      replaceAnswerText(&state, with: text)
      return []
    case .editorFailed(let message):
      state.notice = .error(message)
      return []
    case .editorLeftUnchanged:
      state.notice = .info(
        "Your editor returned with no change. If it is still open, save there and press"
          + " Ctrl-X Ctrl-E again.")
      return []
    case .keyExplained(let message):
      state.notice = .info(message)
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
    case .figureAnswered(let meantThousands):
      return figureAnswered(&state, meantThousands: meantThousands)
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
      guard state.draftIsDirty, state.pendingWrite == nil else { return [] }
      state.draftIsDirty = false
      return keepDraft(&state)
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
}
