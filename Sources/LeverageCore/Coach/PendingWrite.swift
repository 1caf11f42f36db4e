/// What the journal or the file system is writing for the user, one thing at a time: while
/// it is in flight, keys that would change what is being written wait, and the screen shows
/// the change only once the write has reported back.
public enum PendingWrite: Equatable, Sendable {
  case answer(PromptKey)
  case actionItem
  case offer
  case export
}
