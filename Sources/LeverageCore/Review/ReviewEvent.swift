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

/// The review's work for the journal.
public enum ReviewEffect: Equatable, Sendable {
  case loadPage(ReviewRequest)
  case loadHistory(PromptKey)
  case deleteAnswer(PromptKey)
  case restoreAnswer(DeletedAnswer)
}
