import Foundation

/// Reads an archive piece by piece (`ArchiveScanner`) in two passes, so no more than one
/// answer is ever held: the first pass keeps everything but the answers (the sessions the
/// answers name come after them in an export's sorted keys), the second decodes and admits
/// each answer on its own, by the same rules as `JournalArchive.decode`.
public struct ArchiveReader {
  let source: String
  private let admission: ArchiveAdmission
  private var schemaVersion: Int?
  private var sessions: [JournalArchive.Session] = []
  private var actionItems: [JournalArchive.ActionItem]?
  private var offers: [JournalArchive.Offer]?
  private var skipped: [JournalArchive.Skip]?
  private var sawSessions = false
  private var sawAnswers = false
  private var sessionIDs: Set<Int64> = []
  private var problems = ArchiveAdmission.Problems()
  private var outlineSoFar: JournalArchive?
  private var answerIndex = 0
  /// The answers the first pass counted.
  public private(set) var answerCount = 0
  private let decoder = JSONDecoder()

  /// `now` is the real clock (see `ArchiveAdmission.now`).
  public init(source: String, course: Course, now: Date) {
    self.source = source
    admission = ArchiveAdmission(course: course, now: now)
  }

  /// The first pass: every piece but the answers' elements, which are only counted.
  public mutating func readOutline(_ piece: ArchiveScanner.Piece) throws(ArchiveError) {
    switch piece {
    case .value(key: "schemaVersion", let bytes):
      schemaVersion = try decode(bytes, at: "schemaVersion") as Int
    case .arrayStart(key: "answers"):
      sawAnswers = true
    case .arrayStart(key: "sessions"):
      sawSessions = true
    case .element(key: "answers", _):
      answerCount += 1
    case .arrayStart(key: "actionItems"): actionItems = []
    case .arrayStart(key: "offers"): offers = []
    case .arrayStart(key: "skipped"): skipped = []
    case .element(key: "sessions", let bytes):
      let session: JournalArchive.Session = try decode(bytes, at: "sessions[\(sessions.count)]")
      sessions.append(session)
    case .element(key: "actionItems", let bytes):
      let item: JournalArchive.ActionItem = try decode(
        bytes, at: "actionItems[\(actionItems?.count ?? 0)]")
      actionItems?.append(item)
    case .element(key: "offers", let bytes):
      let offer: JournalArchive.Offer = try decode(bytes, at: "offers[\(offers?.count ?? 0)]")
      offers?.append(offer)
    case .element(key: "skipped", let bytes):
      let skip: JournalArchive.Skip = try decode(bytes, at: "skipped[\(skipped?.count ?? 0)]")
      skipped?.append(skip)
    case .value, .arrayStart, .element:
      // Keys this version does not know are ignored, as `JSONDecoder` ignores them.
      break
    }
  }

  /// After the first pass: the archive without its answers, once its schema is known; its
  /// sessions are checked now, the rest by `finish`.
  public mutating func outline() throws(ArchiveError) -> JournalArchive {
    guard let version = schemaVersion else { throw .notAnArchive(path: source) }
    guard version == JournalArchive.schemaVersion else {
      throw .otherSchema(path: source, version: version)
    }
    guard sawSessions else { throw .damaged(path: source, detail: "missing sessions") }
    guard sawAnswers else { throw .damaged(path: source, detail: "missing answers") }
    var archive = JournalArchive(sessions: sessions, answers: [])
    archive.actionItems = actionItems
    archive.offers = offers
    archive.skipped = skipped
    sessionIDs = admission.check(sessions, into: &problems)
    outlineSoFar = archive
    return archive
  }

  /// The second pass: the next answer, or nil when it breaks a rule (counted; `finish`
  /// refuses the archive). Decoding errors stop the import at once.
  public mutating func answer(_ piece: ArchiveScanner.Piece) throws(ArchiveError)
    -> JournalArchive.Answer?
  {
    guard case .element(key: "answers", let bytes) = piece else { return nil }
    let place = "answers[\(answerIndex)]"
    answerIndex += 1
    let answer: JournalArchive.Answer = try decode(bytes, at: place)
    let before = problems.count
    admission.check(answer, at: place, sessionIDs: sessionIDs, into: &problems)
    return problems.count == before ? answer : nil
  }

  /// Whether every piece so far passed; once one has not, nothing more needs storing.
  public var isAdmitted: Bool { problems.count == 0 }

  /// After the second pass: checks the action items, offers and skip marks (after the
  /// answers, the order problems are named in), then refuses the archive when any piece
  /// broke a rule, naming the first.
  public mutating func finish() throws(ArchiveError) {
    if let outlineSoFar { admission.checkAllButAnswers(outlineSoFar, into: &problems) }
    if let first = problems.first {
      throw .refused(path: source, problem: first, more: problems.count - 1)
    }
  }

  private func decode<T: Decodable>(_ bytes: [UInt8], at place: String) throws(ArchiveError)
    -> T
  {
    do {
      return try decoder.decode(T.self, from: Data(bytes))
    } catch {
      throw .damaged(path: source, detail: ArchiveError.describe(error, at: place))
    }
  }
}
