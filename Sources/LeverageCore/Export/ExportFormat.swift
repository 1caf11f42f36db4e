/// The kinds of file an export writes.
public enum ExportFormat: String, CaseIterable, Equatable, Sendable {
  case markdown
  case html
  case json

  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .html: "html"
    case .json: "json"
    }
  }

  public var label: String {
    switch self {
    case .markdown: "Markdown"
    case .html: "HTML (print to PDF)"
    case .json: "JSON (the whole journal)"
    }
  }

  /// `folder/leverage-summary-2026-03-01.md`: dated, so exports before each meeting add up
  /// rather than replace each other.
  public func defaultPath(folder: String, date: CalendarDate) -> String {
    let name = "leverage-\(self == .json ? "journal" : "summary")-\(date.iso).\(fileExtension)"
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
