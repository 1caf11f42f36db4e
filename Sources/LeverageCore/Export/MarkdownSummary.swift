/// The summary as Markdown that reads well as plain text: headings for parts and units, the
/// question in bold, the answer under it.
public enum MarkdownSummary {
  public static func render(_ document: SummaryDocument) -> String {
    var blocks: [String] = ["# \(MarkdownText.oneLine(document.title))"]
    var byline = "\(document.date.iso) · \(MarkdownText.oneLine(document.courseTitle))"
    if let name = document.preparedFor {
      byline = "Prepared for \(MarkdownText.oneLine(name)) · " + byline
    }
    blocks.append(byline)
    for section in document.sections {
      blocks.append("## \(MarkdownText.oneLine(section.heading))")
      for group in section.groups {
        if let heading = group.heading { blocks.append("### \(MarkdownText.oneLine(heading))") }
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
        // A task's text is the item's own, two columns in: six would make a code block.
        "- [\(item.done ? "x" : " ")] " + MarkdownText.escaped(item.text, indent: "  ")
      }.joined(separator: "\n")
    case .figures(let lines):
      return lines.map { "- " + MarkdownText.escaped($0, indent: "  ") }.joined(separator: "\n")
    case .table(let table):
      return self.table(table)
    case .actions(let lines):
      return lines.map { line in
        let status = line.status.map(MarkdownText.oneLine).map { line.isUrgent ? "**\($0)**" : $0 }
        let parts = [MarkdownText.oneLine(line.title)] + (status.map { [$0] } ?? [])
        return "- " + parts.filter { !$0.isEmpty }.joined(separator: " · ")
      }.joined(separator: "\n")
    case .missing:
      return "*\(SummaryDocument.notAnswered)*"
    }
  }

  /// A GitHub-flavored table: the lines down the side, the offers across, the leader in bold
  /// and said to lead, the total's label in bold.
  private static func table(_ table: SummaryDocument.Table) -> String {
    let row = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
    var lines = [
      row([""] + table.columns.map(MarkdownText.oneLine)),
      row(Array(repeating: "---", count: table.columns.count + 1)),
    ]
    for tableRow in table.rows {
      let label = MarkdownText.oneLine(tableRow.label)
      let cells = tableRow.cells.enumerated().map { index, cell in
        let text = cell.map(MarkdownText.oneLine) ?? "—"
        return index == tableRow.leader ? "**\(text)** (leads)" : text
      }
      lines.append(row([tableRow.isTotal ? "**\(label)**" : label] + cells))
    }
    return lines.joined(separator: "\n")
  }
}
