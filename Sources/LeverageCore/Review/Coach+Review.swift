/// The review screen's part of the state machine: searching, filtering, paging, the detail
/// view, editing from the review, delete and undo.
extension Coach {
  static func review(_ state: inout CoachState, _ event: ReviewEvent) -> [CoachEffect] {
    if case .opened = event { return openReview(&state) }
    guard var review = state.review else { return [] }
    defer { if state.review != nil { state.review = review } }
    switch event {
    case .opened:
      return []
    case .searchStarted:
      review.isSearching = true
      review.mode = .list
      return []
    case .searchEnded:
      review.isSearching = false
      return []
    case .searchEdited(let edit):
      guard review.isSearching else { return [] }
      let before = review.search.text
      review.search.apply(edit)
      return review.search.text == before ? [] : reload(&review)
    case .searchCleared:
      review.isSearching = false
      guard !review.search.text.isEmpty else { return [] }
      review.search = TextBuffer("", multiline: false)
      return reload(&review)
    case .unitFilterCycled:
      let ids = state.outline.stops.map(\.unit.id)
      let next = review.unitID.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
      review.unitID = next < ids.count ? ids[next] : nil
      return reload(&review)
    case .periodCycled:
      review.period = review.period.next
      return reload(&review)
    case .latestOnlyToggled:
      review.latestOnly.toggle()
      return reload(&review)
    case .selectionMoved(let offset):
      return moveSelection(&review, by: offset)
    case .detailOpened:
      guard let answer = review.selectedAnswer else { return [] }
      review.mode = .detail
      review.isSearching = false
      return [.review(.loadHistory(answer.key))]
    case .historyMoved(let offset):
      review.historySelection = min(
        max(0, review.historySelection + offset), max(0, review.history.count - 1))
      return []
    case .detailScrolled(let offset, let limit):
      guard review.mode == .detail else { return [] }
      review.detailScroll = scrolled(review.detailScroll, by: offset, limit: limit)
      return []
    case .editRequested:
      guard let answer = review.shownRevision else { return [] }
      state.review = review
      return editFromReview(&state, answer)
    case .jumpRequested:
      guard let answer = review.shownRevision,
        let position = state.outline.position(of: answer.key)
      else { return [] }
      state.review = review
      state.notice = nil
      return open(&state, position)
    case .deleteRequested:
      guard review.shownRevision != nil else { return [] }
      review.mode = .confirmDelete
      return []
    case .deleteConfirmed:
      guard review.mode == .confirmDelete, let answer = review.shownRevision else { return [] }
      review.mode = .list
      return [.review(.deleteAnswer(answer.key))]
    case .deleteCancelled:
      review.mode = review.history.isEmpty ? .list : .detail
      return []
    case .undoRequested:
      guard let deleted = review.undo else {
        state.notice = .info("Nothing to undo.")
        return []
      }
      return [.review(.restoreAnswer(deleted))]
    case .closed:
      return closeLayer(&state, &review)
    case .pageLoaded(let page):
      review.page = page
      review.selection = min(review.selection, max(0, page.total - 1))
      return []
    case .historyLoaded(let key, let revisions):
      guard review.selectedAnswer?.key == key else { return [] }
      review.history = revisions
      let selectedID = review.selectedAnswer?.id
      review.historySelection =
        revisions.firstIndex { $0.id == selectedID } ?? max(0, revisions.count - 1)
      return []
    case .answerDeleted(let deleted):
      state.answers[deleted.key] = nil
      review.undo = deleted
      review.history = []
      review.mode = .list
      state.notice = .info("Deleted. Press u to undo.")
      return [.review(.loadPage(review.request(offset: review.page.offset)))]
    case .answerRestored(let key, let saved):
      state.answers[key] = saved?.value
      review.undo = nil
      state.notice = .info("Restored.")
      return [.review(.loadPage(review.request(offset: review.page.offset)))]
    case .failed(let message):
      state.notice = .error(message)
      return []
    }
  }

  /// Back to the review after an edit that started there, with the new revision on top.
  static func returnToReview(_ state: inout CoachState) -> [CoachEffect] {
    state.returnsToReview = false
    state.route = .review
    guard var review = state.review else { return openReview(&state) }
    review.mode = .list
    review.history = []
    let effects = reload(&review)
    state.review = review
    return effects
  }

  private static func openReview(_ state: inout CoachState) -> [CoachEffect] {
    state.returnsToReview = false
    let effects = leaveCurrentPrompt(&state)
    state.notice = nil
    state.route = .review
    var review = state.review ?? ReviewState()
    review.mode = .list
    let load = reload(&review)
    state.review = review
    return effects + load
  }

  private static func editFromReview(_ state: inout CoachState, _ answer: SavedAnswer)
    -> [CoachEffect]
  {
    guard let position = state.outline.position(of: answer.key) else {
      state.notice = .error("This answer's prompt is no longer in the course.")
      return []
    }
    state.notice = nil
    let effects = open(&state, position)
    // The shown revision, not the latest, is what the user chose to start from.
    if let kind = state.editor?.kind {
      state.editor = PromptEditor(
        key: answer.key, kind: kind, input: PromptInput(answer: answer.value, kind: kind))
    }
    state.returnsToReview = true
    return effects
  }

  private static func closeLayer(_ state: inout CoachState, _ review: inout ReviewState)
    -> [CoachEffect]
  {
    switch review.mode {
    case .confirmDelete, .detail:
      review.mode = .list
      review.history = []
      return []
    case .list:
      state.route = .map
      state.notice = nil
      return [.savePlace(.map)]
    }
  }

  private static func moveSelection(_ review: inout ReviewState, by offset: Int) -> [CoachEffect] {
    guard review.page.total > 0 else { return [] }
    review.selection = min(max(0, review.selection + offset), review.page.total - 1)
    review.history = []
    if review.mode == .detail, let answer = review.selectedAnswer {
      return [.review(.loadHistory(answer.key))]
    }
    return review.windowRequestIfNeeded().map { [.review(.loadPage($0))] } ?? []
  }

  private static func reload(_ review: inout ReviewState) -> [CoachEffect] {
    review.selection = 0
    review.history = []
    return [.review(.loadPage(review.request(offset: 0)))]
  }
}
