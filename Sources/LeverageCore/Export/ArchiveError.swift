/// Why an archive could not be imported. Each message is one line that names the file and
/// never quotes its content, since that content is someone's private answers.
public enum ArchiveError: Error, Equatable, Sendable {
  case unreadable(path: String, reason: String)
  case notAnArchive(path: String)
  case otherSchema(path: String, version: Int)
  case damaged(path: String, detail: String)
  /// Values the coach would refuse: the first, with its place in the file, and how many
  /// more there are.
  case refused(path: String, problem: String, more: Int)

  public var message: String {
    switch self {
    case .unreadable(let path, let reason):
      "Cannot read \(path) (\(reason)); nothing was imported."
    case .notAnArchive(let path):
      "\(path) is not a Leverage JSON export (it has no schemaVersion); nothing was imported."
    case .otherSchema(let path, let version):
      "\(path) uses export schema \(version), but this Leverage reads schema "
        + "\(JournalArchive.schemaVersion); nothing was imported."
    case .damaged(let path, let detail):
      "\(path) is damaged (\(detail)); nothing was imported."
    case .refused(let path, let problem, let more):
      "\(path) has a value Leverage would not save: \(problem)"
        + (more > 0 ? " (and \(more) more \(more == 1 ? "problem" : "problems"))" : "")
        + "; nothing was imported."
    }
  }

  /// Where decoding a piece found at `place` (`answers[3]`) stopped.
  static func describe(_ error: any Error, at place: String) -> String {
    guard let error = error as? DecodingError else { return "unreadable JSON at \(place)" }
    let keys: [any CodingKey]
    switch error {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
      keys = c.codingPath
    case .keyNotFound(let key, let c):
      return "missing \(place)\(path(c.codingPath + [key]))"
    @unknown default: return "unreadable JSON at \(place)"
    }
    return "bad value at \(place)\(path(keys))"
  }

  /// `.value.text`, `.blanks[2]`: the path within a piece, without the value found there.
  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
  }
}
