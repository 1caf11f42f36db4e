/// The kinds of file an export writes.
public enum ExportFormat: String, CaseIterable, Equatable, Sendable {
  case markdown
  case html
  case json
  /// The one-page brief as HTML, to print for the meeting.
  case brief

  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .html, .brief: "html"
    case .json: "json"
    }
  }

  public var label: String {
    switch self {
    case .markdown: "Markdown"
    case .html: "HTML (print to PDF)"
    case .json: "JSON (the whole journal)"
    case .brief: "One-page brief (HTML, print it)"
    }
  }

  /// `folder/leverage-summary-2026-03-01.md`: dated, so exports before each meeting add up
  /// rather than replace each other.
  public func defaultPath(folder: String, date: CalendarDate) -> String {
    let name = "leverage-\(fileStem)-\(date.iso).\(fileExtension)"
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  private var fileStem: String {
    switch self {
    case .markdown, .html: "summary"
    case .json: "journal"
    case .brief: "brief"
    }
  }
}
