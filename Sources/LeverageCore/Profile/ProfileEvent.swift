/// What happens on the profile's spotlight card.
public enum ProfileEvent: Equatable, Sendable {
  case shown
  /// Opens the profile's questions at the first unanswered one.
  case editRequested
  /// Scrolls the card, never past `limit`, the last line the screen can start at.
  case scrolled(by: Int, limit: Int)
}
