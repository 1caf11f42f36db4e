import LeverageCore

/// The text of an export in any format, read from the journal: the one place the CLI and
/// the coach's export screen both go through.
public enum SummaryExport {
  /// The same text handed to `emit` piece by piece: the JSON archive as its answers are
  /// read (`writeArchive`), so the whole journal is never held; the documents, which show
  /// the latest answers only, whole. `emit` returns false once its reader has gone.
  /// Returns, for the archive, why an import would refuse it, found as it was written.
  @discardableResult
  public static func write(
    _ format: ExportFormat, store: JournalStore, course: Course, date: CalendarDate,
    preparedFor: String? = nil, _ emit: (String) -> Bool
  ) throws(JournalError) -> String? {
    guard format != .json else { return try store.writeArchive(checkedAgainst: course, emit) }
    _ = emit(
      try contents(format, store: store, course: course, date: date, preparedFor: preparedFor))
    return nil
  }

  public static func contents(
    _ format: ExportFormat, store: JournalStore, course: Course, date: CalendarDate,
    preparedFor: String? = nil
  ) throws(JournalError) -> String {
    switch format {
    case .json:
      do {
        return try store.archive().encoded()
      } catch {
        throw JournalError(error, path: store.path)
      }
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
}
