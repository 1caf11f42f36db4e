/// What happens on the profile's spotlight card.
public enum ProfileEvent: Equatable, Sendable {
  case shown
  /// Opens the profile's questions at the first unanswered one.
  case editRequested
}
