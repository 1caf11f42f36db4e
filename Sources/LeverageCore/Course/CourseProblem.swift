/// One thing wrong with a course file, placed precisely enough for its author to fix it.
public struct CourseProblem: Equatable, Sendable, CustomStringConvertible {
  public var file: String
  /// Where in the course, e.g. `unit "economics", prompt "salary"`; empty for the top level,
  /// nil when the file as a whole is at fault (missing, unreadable, not JSON), in which case
  /// the message names the file itself.
  public var location: String?
  public var field: String?
  /// Reads on from the field name: `must be between 0 and 100 (found 140)`.
  public var message: String

  public init(file: String, location: String?, field: String? = nil, message: String) {
    self.file = file
    self.location = location
    self.field = field
    self.message = message
  }

  public var description: String {
    // No closing full stop after a message that may end in a path.
    guard let location else { return message }
    var text = file + ": "
    if !location.isEmpty { text += location + ": " }
    if let field { text += "field \"\(field)\" " }
    return text + message + "."
  }
}

/// Why a course could not be loaded: every problem found, not only the first.
public struct CourseLoadError: Error, Equatable, Sendable {
  /// More than this many lines would scroll the first, most useful ones off the screen.
  public static let shownProblemLimit = 20

  public var problems: [CourseProblem]

  public init(problems: [CourseProblem]) {
    self.problems = problems
  }

  /// One problem a line, ready for stderr or an error screen.
  public var message: String {
    let limit = Self.shownProblemLimit
    var lines = problems.prefix(limit).map(\.description)
    if problems.count > limit {
      lines.append("... and \(problems.count - limit) more problems.")
    }
    return lines.joined(separator: "\n")
  }
}
