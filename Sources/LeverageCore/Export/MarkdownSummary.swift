/// The summary as Markdown that reads well as plain text: headings for parts and units, the
/// question in bold, the answer under it.
public enum MarkdownSummary {
  public static func render(_ document: SummaryDocument) -> String {
    var blocks: [String] = ["# \(MarkdownText.escaped(document.title))"]
    var byline = "\(document.date.iso) · \(MarkdownText.escaped(document.courseTitle))"
    if let name = document.preparedFor {
      byline = "Prepared for \(MarkdownText.escaped(name)) · " + byline
    }
    blocks.append(byline)
    for section in document.sections {
      blocks.append("## \(MarkdownText.escaped(section.heading))")
      for group in section.groups {
        if let heading = group.heading { blocks.append("### \(MarkdownText.escaped(heading))") }
        if group.entries.isEmpty, let note = group.emptyNote {
          blocks.append("*\(MarkdownText.escaped(note))*")
        }
        for entry in group.entries {
          if let label = entry.label { blocks.append("**\(MarkdownText.escaped(label))**") }
          blocks.append(body(entry.content))
        }
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func body(_ content: SummaryDocument.Content) -> String {
    switch content {
    case .text(let text):
      return MarkdownText.escaped(text)
    case .items(let items, let ordered):
      return items.enumerated().map { index, item in
        let marker = ordered ? "\(index + 1). " : "- "
        return marker
          + MarkdownText.escaped(item, indent: String(repeating: " ", count: marker.count))
      }.joined(separator: "\n")
    case .checklist(let items):
      return items.map { item in
        "- [\(item.done ? "x" : " ")] " + MarkdownText.escaped(item.text, indent: "      ")
      }.joined(separator: "\n")
    case .figures(let lines):
      return lines.map { "- " + MarkdownText.escaped($0, indent: "  ") }.joined(separator: "\n")
    case .missing:
      return "*\(SummaryDocument.notAnswered)*"
    }
  }
}
