/// What the journal or the file system is writing for the user, one thing at a time: while
/// it is in flight, keys that would change what is being written wait, and the screen shows
/// the change only once the write has reported back.
public enum PendingWrite: Equatable, Sendable {
  /// An answer: the coach moves on once it is saved.
  case answer(PromptKey)
  /// What a screen writes (an action item, an offer, an export), named by the screen that
  /// asked, so only its own report ends the wait.
  case record(CoachState.Route.Kind)
}
