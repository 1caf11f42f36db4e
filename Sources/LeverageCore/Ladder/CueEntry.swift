/// One entry of the cue log: the cues the user saw at a meeting, as written in a debrief.
/// Every debrief adds one, so the log shows how the other side's openness moves over time.
public struct CueEntry: Equatable, Sendable {
  /// How many of the newest entries the coach keeps: more than any screen shows.
  public static let kept = 20

  public var day: CalendarDate
  public var text: String

  public init(day: CalendarDate, text: String) {
    self.day = day
    self.text = text
  }
}
