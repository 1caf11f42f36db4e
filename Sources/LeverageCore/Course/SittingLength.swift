/// How long a first sitting takes, for the welcome: the profile it offers first, the course,
/// the offers table for the current job and one offer, and the debrief after the meeting.
public struct SittingLength: Equatable, Sendable {
  /// Offers compared in a first sitting: the current job and the one on the table.
  public static let offersCompared = 2
  /// Our allowance for a cell of the offers table: a figure from the offer letter takes
  /// seconds to type, less than a question's minute.
  public static let secondsPerOfferCell = 15

  public let profile: Int
  public let course: Int
  public let offers: Int
  public let debrief: Int

  public init(course: Course) {
    func minutes(_ section: CourseOutline.Section) -> Int {
      let length = CourseLength(course: course, section: section)
      return length.prompts == 0 ? 0 : length.readingMinutes + length.answeringMinutes
    }
    profile = minutes(.profile)
    self.course = minutes(.course)
    debrief = minutes(.afterMeeting)
    // Each line's label and hint is read once; each cell is filled once per offer.
    let words = OfferLine.allCases.reduce(0) {
      $0 + CourseLength.wordCount($1.label) + CourseLength.wordCount($1.hint)
    }
    let cells = OfferLine.allCases.count * Self.offersCompared
    offers =
      (words + CourseLength.wordsPerMinute - 1) / CourseLength.wordsPerMinute
      + (cells * Self.secondsPerOfferCell + 59) / 60
  }

  /// The whole, rounded up to five minutes: an estimate should not look like a measurement,
  /// and the screens show a few more words than the course file holds (headers, labels,
  /// live figures), so rounding down would promise too little time.
  public var totalMinutes: Int {
    max(5, (profile + course + offers + debrief + 4) / 5 * 5)
  }

  /// The welcome's line: the whole, what it is made of, and what it rests on.
  public var summary: String {
    // "19 minutes for your profile, 55 for the course … and 5 for the debrief": the unit
    // once, where a bare "your profile 19" read as a count.
    let pieces = [
      ("your profile", profile), ("the course", course), ("two offers", offers),
      ("the debrief after the meeting", debrief),
    ].filter { $0.1 > 0 }.enumerated().map { index, piece in
      index == 0 ? "\(piece.1) minutes for \(piece.0)" : "\(piece.1) for \(piece.0)"
    }
    let listed =
      pieces.count > 1
      ? pieces.dropLast().joined(separator: ", ") + " and " + (pieces.last ?? "")
      : pieces.joined()
    return "About \(CourseLength.spoken(minutes: totalMinutes)) in all: \(listed) (reading at "
      + "\(CourseLength.wordsPerMinute) words a minute, a minute a question)."
  }
}
