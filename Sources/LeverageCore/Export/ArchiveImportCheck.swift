import Foundation

/// Why an import would refuse an archive, found as the archive is written: the sessions,
/// action items, offers and skip marks at once, then each answer as it goes by, so an
/// export checks itself without holding the journal. The same rules as an import
/// (`ArchiveAdmission`), against the real clock.
public struct ArchiveImportCheck {
  private let admission: ArchiveAdmission
  private var problems = ArchiveAdmission.Problems()
  private let sessionIDs: Set<Int64>
  private var answers = 0

  /// `archive`'s answers are not looked at: `add` them one by one.
  public init(course: Course, archive: JournalArchive, now: Date = Date()) {
    admission = ArchiveAdmission(course: course, now: now)
    var problems = ArchiveAdmission.Problems()
    sessionIDs = admission.check(archive.sessions, into: &problems)
    admission.checkAllButAnswers(archive, into: &problems)
    self.problems = problems
  }

  public mutating func add(_ answer: JournalArchive.Answer) {
    admission.check(
      answer, at: "answers[\(answers)]", sessionIDs: sessionIDs, into: &problems)
    answers += 1
  }

  /// "an import would refuse it: …", with how many more problems there are; nil for none.
  public var problem: String? {
    guard let first = problems.first else { return nil }
    let more = problems.count - 1
    return "an import would refuse it: \(first)"
      + (more > 0 ? " (and \(more) more \(more == 1 ? "problem" : "problems"))" : "")
  }
}
