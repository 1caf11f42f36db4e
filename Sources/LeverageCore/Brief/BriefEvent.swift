/// What happens on the brief screen.
public enum BriefEvent: Equatable, Sendable {
  case opened
  /// Scrolls the brief, never past `limit`, the last line the screen can start at.
  case scrolled(by: Int, limit: Int)
}
