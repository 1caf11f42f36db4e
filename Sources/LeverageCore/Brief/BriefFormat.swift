/// The kinds of file the brief is written as.
public enum BriefFormat: String, CaseIterable, Equatable, Sendable {
  case markdown
  case html

  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .html: "html"
    }
  }

  public func render(_ document: BriefDocument) -> String {
    switch self {
    case .markdown: BriefMarkdown.render(document)
    case .html: BriefHTML.render(document)
    }
  }
}
