import Foundation
import LeverageCore
import LeverageJournal

/// Carries out the coach's effects against the journal and reports the results as events.
/// The only place in the app that writes to the journal.
public struct EffectRunner {
  public enum Outcome: Equatable {
    case events([CoachEvent])
    case quit(exitStatus: Int32)
  }

  let store: JournalStore
  let now: @Sendable () -> Date
  /// Where exports go until the user has written one elsewhere: the home folder (`$HOME`,
  /// as every shell tool reads it), where people look for a file they made.
  let exportFolder: String

  public init(
    store: JournalStore, now: @escaping @Sendable () -> Date,
    exportFolder: String = ProcessInfo.processInfo.environment["HOME"]
      ?? FileManager.default.homeDirectoryForCurrentUser.path
  ) {
    self.store = store
    self.now = now
    self.exportFolder = exportFolder
  }

  /// Carries out `effect`, then tells of an automatic backup it triggered that failed.
  public func run(_ effect: CoachEffect) -> Outcome {
    let outcome = perform(effect)
    guard case .events(let events) = outcome, let warning = store.takeBackupWarning() else {
      return outcome
    }
    return .events(events + [.backupFailed(message: warning)])
  }

  private func perform(_ effect: CoachEffect) -> Outcome {
    do {
      switch effect {
      case .saveAnswer(let value, let key, let kind, let place):
        do {
          let saved = try store.save(value, for: key, kind: kind, at: now(), then: place)
          return .events([.answerSaved(saved)])
        } catch {
          return .events([
            .answerSaveFailed(
              key, message: "Not saved (your answer is kept): \(error.briefMessage)")
          ])
        }
      case .saveDraft(let input, let key):
        try store.saveDraft(input, for: key, at: now())
      case .discardDraft(let key):
        try store.discardDraft(for: key)
      case .savePlace(let place):
        try store.savePlace(place)
      case .actionItems(let change):
        return .events([.actionItems(apply(change))])
      case .offers(let change):
        return .events([.offers(apply(change))])
      case .quit(let status):
        return .quit(exitStatus: status)
      case .review(let effect):
        return .events([.review(review(effect))])
      case .export(let effect):
        return .events([.export(export(effect))])
      }
    } catch {
      return .events([.draftSaveFailed(message: "Draft not saved: \(error.briefMessage)")])
    }
    return .events([])
  }

  private func review(_ effect: ReviewEffect) -> ReviewEvent {
    do throws(JournalError) {
      switch effect {
      case .loadPage(let request):
        return .pageLoaded(
          try store.reviewPage(
            request.query(now: now()), offset: request.offset, limit: request.limit))
      case .loadHistory(let key):
        return .historyLoaded(key, try store.revisions(of: key))
      case .deleteAnswer(let key):
        let stamp = now()
        try store.deleteAnswer(key, at: stamp)
        return .answerDeleted(DeletedAnswer(key: key, deletedAt: stamp))
      case .restoreAnswer(let deleted):
        return .answerRestored(
          deleted.key, try store.restoreAnswer(deleted.key, deletedAt: deleted.deletedAt))
      }
    } catch {
      return .failed(message: error.message)
    }
  }
}
