/// How long a section of the course takes (the course proper, the profile or the debrief),
/// worked out from its own words, so the welcome's figure follows the course file rather than
/// a number typed in beside it: the reading at an adult's silent reading rate, plus an
/// allowance to answer each prompt.
public struct CourseLength: Equatable, Sendable {
  /// Adults read English non-fiction silently at 238 words a minute on average, most of them
  /// between 175 and 300 (Brysbaert, M. (2019). How many words do we read per minute? A
  /// review and meta-analysis of reading rate. Journal of Memory and Language, 109, 104047).
  public static let wordsPerMinute = 238
  /// Our allowance, not a measured rate: a pick, a figure or a date takes seconds, a few
  /// written lines a couple of minutes, and the course mixes them about evenly.
  public static let minutesPerPrompt = 1

  /// The words read on the way: the welcome (for the course proper), each part's
  /// introduction, each unit's title, idea, example and facts, and each prompt's question,
  /// hint and options.
  public let words: Int
  /// The section's prompts.
  public let prompts: Int

  public init(course: Course, section: CourseOutline.Section = .course) {
    let outline = CourseOutline(course: course)
    let stops = outline.stops.filter { $0.section == section }
    let parts = Set(stops.map(\.partIndex)).sorted().map { course.parts[$0] }
    var texts: [String] = []
    if section == .course {
      texts += [course.welcome.title, course.welcome.body]
      texts += course.welcome.facts.flatMap { [$0.text, $0.source] }
    }
    texts += parts.flatMap { [$0.title, $0.summary] }
    for unit in stops.map(\.unit) {
      texts += [unit.title, unit.idea, unit.example ?? ""]
      texts += unit.facts.flatMap { [$0.text, $0.source] }
      for prompt in unit.prompts {
        texts += [prompt.question, prompt.hint ?? ""]
        if case .choice(let rule) = prompt.kind { texts += rule.options }
      }
    }
    words = texts.reduce(0) { $0 + Self.wordCount($1) }
    prompts = stops.reduce(0) { $0 + $1.unit.prompts.count }
  }

  static func wordCount(_ text: String) -> Int {
    text.split(whereSeparator: { $0.isWhitespace }).count
  }

  /// Whole minutes of reading, rounded up.
  public var readingMinutes: Int { (words + Self.wordsPerMinute - 1) / Self.wordsPerMinute }

  public var answeringMinutes: Int { prompts * Self.minutesPerPrompt }

  /// The whole, to the nearest five minutes: an estimate should not look like a measurement.
  public var totalMinutes: Int {
    let total = readingMinutes + answeringMinutes
    return max(5, (total + 2) / 5 * 5)
  }

  /// "55 minutes", "an hour", "1 hour 20 minutes".
  public static func spoken(minutes: Int) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    switch (hours, rest) {
    case (0, _): return "\(rest) minutes"
    case (1, 0): return "an hour"
    case (_, 0): return "\(hours) hours"
    default: return "\(hours) \(hours == 1 ? "hour" : "hours") \(rest) minutes"
    }
  }
}
