import Foundation
import LeverageCore

/// The journal as the tests play it: every effect answered at once, as the effect runner
/// answers it, in memory. The one stand-in for the journal, so a save completes the same way
/// in every test: its answer comes back before the next event.
public struct FakeJournal: Sendable {
  public private(set) var saved: [SavedAnswer] = []
  public private(set) var actionItems: [ActionItem]
  public private(set) var offers: [Offer]
  /// Paths an export finds already there.
  public var existingFiles: Set<String>
  /// When set, every write fails with this message, as a full disk would.
  public var failure: String?
  private var nextID: Int64 = 1
  /// Every stamp is a second after the last, from 1970: no test reads the real clock.
  private var clock: TimeInterval = 0

  public init(
    actionItems: [ActionItem] = [], offers: [Offer] = [], existingFiles: Set<String> = [],
    failure: String? = nil
  ) {
    self.actionItems = actionItems
    self.offers = offers
    self.existingFiles = existingFiles
    self.failure = failure
    nextID = (actionItems.map(\.id) + offers.map(\.id)).max().map { $0 + 1 } ?? 1
  }

  /// What the journal reports back for `effect`.
  public mutating func answer(_ effect: CoachEffect) -> [CoachEvent] {
    if let failure, let failed = failed(effect, message: failure) { return [failed] }
    switch effect {
    case .saveAnswer(let value, let key, let kind, _):
      let revision = (saved.filter { $0.key == key }.map(\.revision).max() ?? 0) + 1
      let answer = SavedAnswer(
        id: takeID(), key: key, kind: kind, value: value, revision: revision, createdAt: tick())
      saved.append(answer)
      return [.answerSaved(answer)]
    case .saveDraft, .discardDraft, .savePlace, .quit:
      return []
    case .actionItems(let change):
      return [.actionItems(apply(change))]
    case .offers(let change):
      return [.offers(apply(change))]
    case .review(let effect):
      return [.review(review(effect))]
    case .export(.findTarget(let format, let folder)):
      return [
        .export(
          .targetFound(format, path: (folder ?? "/home/test") + "/export", exists: false))
      ]
    case .export(.checkTarget(let path)):
      return [.export(.targetChecked(path: path, exists: existingFiles.contains(path)))]
    case .export(.write(let request)):
      return [.export(.finished(path: request.path))]
    }
  }

  /// How a write reports failing; nil for effects that write nothing the user is shown.
  private func failed(_ effect: CoachEffect, message: String) -> CoachEvent? {
    switch effect {
    case .saveAnswer(_, let key, _, _): .answerSaveFailed(key, message: message)
    case .actionItems: .actionItems(.saveFailed(message: message))
    case .offers: .offers(.saveFailed(message: message))
    case .export(.write): .export(.failed(message: message))
    case .saveDraft, .discardDraft, .savePlace, .quit, .review, .export: nil
    }
  }

  private mutating func apply(_ change: ActionItemChange) -> ActionItemsEvent {
    let now = tick()
    func update(_ id: Int64, _ body: (inout ActionItem) -> Void) -> ActionItemsEvent {
      guard let index = actionItems.firstIndex(where: { $0.id == id }) else {
        return .saveFailed(message: "No such action item.")
      }
      body(&actionItems[index])
      actionItems[index].updatedAt = now
      return .saved(actionItems[index])
    }
    switch change {
    case .add(let title):
      let item = ActionItem(id: takeID(), title: title, createdAt: now, updatedAt: now)
      actionItems.append(item)
      return .saved(item)
    case .rename(let id, let title): return update(id) { $0.title = title }
    case .setDueDate(let id, let day): return update(id) { $0.dueDate = day }
    case .setDone(let id, let done): return update(id) { $0.doneAt = done ? now : nil }
    case .delete(let id):
      actionItems.removeAll { $0.id == id }
      return .deleted(id: id)
    }
  }

  private mutating func apply(_ change: OfferChange) -> OffersEvent {
    let now = tick()
    func update(_ id: Int64, _ body: (inout Offer) -> Void) -> OffersEvent {
      guard let index = offers.firstIndex(where: { $0.id == id }) else {
        return .saveFailed(message: "No such offer.")
      }
      body(&offers[index])
      offers[index].updatedAt = now
      return .saved(offers[index])
    }
    switch change {
    case .add(let name):
      let offer = Offer(id: takeID(), name: name, createdAt: now, updatedAt: now)
      offers.append(offer)
      return .saved(offer)
    case .rename(let id, let name): return update(id) { $0.name = name }
    case .setEntry(let id, let line, let entry): return update(id) { $0.entries[line] = entry }
    case .delete(let id):
      offers.removeAll { $0.id == id }
      return .deleted(id: id)
    }
  }

  private mutating func review(_ effect: ReviewEffect) -> ReviewEvent {
    switch effect {
    case .loadPage(let request):
      let newestFirst = Array(saved.reversed())
      let window = Array(newestFirst.dropFirst(request.offset).prefix(request.limit))
      return .pageLoaded(
        ReviewPage(total: newestFirst.count, offset: request.offset, answers: window))
    case .loadHistory(let key):
      return .historyLoaded(key, saved.filter { $0.key == key }.reversed())
    case .deleteAnswer(let key):
      saved.removeAll { $0.key == key }
      return .answerDeleted(DeletedAnswer(key: key, deletedAt: tick()))
    case .restoreAnswer(let deleted):
      return .answerRestored(deleted.key, nil)
    }
  }

  private mutating func takeID() -> Int64 {
    defer { nextID += 1 }
    return nextID
  }

  private mutating func tick() -> Date {
    clock += 1
    return Date(timeIntervalSince1970: clock)
  }
}

extension CoachState {
  /// Plays `events` in order; each effect's answer from `journal` is handled before the next
  /// event, as the app's loop does. Returns every effect, saves included.
  @discardableResult
  public mutating func play(_ events: [CoachEvent], journal: inout FakeJournal) -> [CoachEffect] {
    var all: [CoachEffect] = []
    var queue = events
    while !queue.isEmpty {
      let effects = Coach.update(&self, queue.removeFirst())
      all += effects
      queue.insert(contentsOf: effects.flatMap { journal.answer($0) }, at: 0)
    }
    return all
  }

  /// `play` with a journal of its own, for tests that do not look at it.
  @discardableResult
  public mutating func play(_ events: [CoachEvent]) -> [CoachEffect] {
    var journal = FakeJournal(actionItems: actions.items, offers: offers.offers)
    return play(events, journal: &journal)
  }
}
