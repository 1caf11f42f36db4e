/// Everything that can happen to the coach, named after what the user (or the world) did.
/// The screen layer turns keys into these; the effect runner reports results with them.
public enum CoachEvent: Equatable, Sendable {
  case beginRequested
  case typed(String)
  case newLineRequested
  case deletedBackward
  case deletedForward
  case deletedWordBackward
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
  case mapRequested
  case mapSelectionMoved(by: Int)
  case unitOpened(Int)
  case helpToggled
  case quitRequested
  case signalReceived(exitStatus: Int32)
  case draftTimerFired
  case answerSaved(SavedAnswer)
  case answerSaveFailed(PromptKey, message: String)
  case draftSaveFailed(message: String)
  case exportOpened
  case exportFormatMoved(by: Int)
  case exportTargetFound(ExportFormat, path: String, exists: Bool)
  case exportConfirmed
  case exportReplaceAnswered(Bool)
  case exportFinished(path: String)
  case exportFailed(message: String)
}

/// Work for the effect runner; `update` only describes it.
public enum CoachEffect: Equatable, Sendable {
  case saveAnswer(AnswerValue, key: PromptKey, kind: String)
  case saveDraft(PromptInput, key: PromptKey)
  case discardDraft(PromptKey)
  case savePlace(CoursePlace)
  case quit(exitStatus: Int32)
  /// Work out where an export in this format goes, and whether a file is there already.
  case findExportTarget(ExportFormat)
  case writeExport(ExportRequest)
}
