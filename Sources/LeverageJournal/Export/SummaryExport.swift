import LeverageCore

/// The text of an export in any format, read from the journal: the one place the CLI and
/// the coach's export screen both go through.
public enum SummaryExport {
  public static func contents(
    _ format: ExportFormat, store: JournalStore, course: Course, date: CalendarDate,
    preparedFor: String? = nil
  ) throws(JournalError) -> String {
    switch format {
    case .json:
      return try archiveContents(store: store, course: course).text
    case .brief:
      let document = try BriefExport.document(
        store: store, course: course, date: date, preparedFor: preparedFor)
      guard let document else { throw .other("This course has no brief: its file names none.") }
      return BriefHTML.render(document)
    case .markdown, .html:
      let answers = try store.latestAnswerValues(of: course)
      let document = SummaryDocument(
        course: course, answers: answers, date: date,
        preparedFor: preparedFor ?? ProfileSpotlight(course: course, answers: answers).byline,
        actionItems: try store.actionItems(), offers: try store.offers())
      return format == .markdown
        ? MarkdownSummary.render(document) : HTMLSummary.render(document)
    }
  }

  /// The JSON archive, with why an import would refuse it (`JournalArchive.importProblem`).
  public static func archiveContents(
    store: JournalStore, course: Course
  ) throws(JournalError) -> (text: String, importProblem: String?) {
    let archive = try store.archive()
    do {
      return (try archive.encoded(), archive.importProblem(course: course))
    } catch {
      throw JournalError(error, path: store.path)
    }
  }
}
