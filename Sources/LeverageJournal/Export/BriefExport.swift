import LeverageCore

/// The brief read from the journal: what `leverage brief` and the coach's brief screen both
/// build, the way `SummaryExport` serves the summary.
public enum BriefExport {
  /// Nil when the course declares no brief. `preparedFor` defaults to the profile's byline.
  public static func document(
    store: JournalStore, course: Course, date: CalendarDate, preparedFor: String? = nil
  ) throws(JournalError) -> BriefDocument? {
    let answers = try store.latestAnswerValues(of: course)
    return BriefDocument(
      course: course, answers: answers, generatedOn: date,
      preparedFor: preparedFor ?? ProfileSpotlight(course: course, answers: answers).byline,
      offers: try store.offers())
  }
}
