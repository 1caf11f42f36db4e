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
  case cursorMoved(CursorMovement)
  case focusMoved(by: Int)
  case itemMoved(by: Int)
  case optionToggled
  case optionPicked(Int)
  case scaleStepped(by: Int)
  case scaleSet(Int)
  case answerSubmitted
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

/// What happens on the review screen, and what the journal answers to it.
public enum ReviewEvent: Equatable, Sendable {
  case opened
  case searchStarted
  case searchEnded
  case searchCleared
  case searchEdited(FieldEdit)
  case selectionMoved(by: Int)
  case unitFilterCycled
  case periodCycled
  case latestOnlyToggled
  case detailOpened
  case historyMoved(by: Int)
  /// Scrolls the answer in the detail view, never past `limit`.
  case detailScrolled(by: Int, limit: Int)
  case editRequested
  case jumpRequested
  case deleteRequested
  case deleteConfirmed
  case deleteCancelled
  case undoRequested
  case closed
  case pageLoaded(ReviewPage)
  case historyLoaded(PromptKey, [SavedAnswer])
  case answerDeleted(DeletedAnswer)
  case answerRestored(PromptKey, SavedAnswer?)
  case failed(message: String)
}

/// Work for the effect runner; `update` only describes it.
public enum CoachEffect: Equatable, Sendable {
  /// `then` is where the coach goes once the answer is saved, committed with it: a kill
  /// right after "Saved." must not reopen the prompt just answered.
  case saveAnswer(AnswerValue, key: PromptKey, kind: PromptKindName, then: CoursePlace?)
  case saveDraft(PromptInput, key: PromptKey)
  case discardDraft(PromptKey)
  case savePlace(CoursePlace)
  case changeActionItem(ActionItemChange)
  case changeOffer(OfferChange)
  case quit(exitStatus: Int32)
  case review(ReviewEffect)
  case export(ExportEffect)
}

/// The review's work for the journal.
public enum ReviewEffect: Equatable, Sendable {
  case loadPage(ReviewRequest)
  case loadHistory(PromptKey)
  case deleteAnswer(PromptKey)
  case restoreAnswer(DeletedAnswer)
}

/// What happens on the profile's spotlight card.
public enum ProfileEvent: Equatable, Sendable {
  case shown
  /// Opens the profile's questions at the first unanswered one.
  case editRequested
  /// Scrolls the card, never past `limit`, the last line the screen can start at.
  case scrolled(by: Int, limit: Int)
}

/// What happens on the brief screen.
public enum BriefEvent: Equatable, Sendable {
  case opened
  /// Scrolls the brief, never past `limit`, the last line the screen can start at.
  case scrolled(by: Int, limit: Int)
}

/// What happens on the export screen, and what the file system answers to it.
public enum ExportEvent: Equatable, Sendable {
  case opened
  case formatMoved(by: Int)
  case targetFound(ExportFormat, path: String, exists: Bool)
  /// An edit to the export's path, with the keys of every one-line field.
  case pathEdited(FieldEdit)
  case confirmed
  /// Whether a file is at the path, looked up when the user pressed Enter.
  case targetChecked(path: String, exists: Bool)
  case replaceAnswered(Bool)
  case finished(path: String)
  case failed(message: String)
}

/// The export's work for the file system.
public enum ExportEffect: Equatable, Sendable {
  /// Work out where an export in this format goes, and whether a file is there already.
  /// `folder`: where the user has taken the path so far; nil for the last export's folder.
  case findTarget(ExportFormat, folder: String?)
  /// Whether a file is at this path already, just before writing.
  case checkTarget(String)
  case write(ExportRequest)
}
