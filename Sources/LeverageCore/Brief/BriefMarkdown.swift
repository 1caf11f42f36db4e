/// The brief as Markdown that reads well as plain text: a heading a section, in the order the
/// brief is read, and the terms it uses explained at the foot.
public enum BriefMarkdown {
  public static func render(_ document: BriefDocument) -> String {
    let e = { (text: String) in MarkdownText.escaped(text) }
    let line = MarkdownText.oneLine
    var byline = "\(document.generatedOn.iso) · \(line(document.courseTitle))"
    if let name = document.preparedFor { byline = "Prepared for \(line(name)) · " + byline }
    var blocks = ["# \(line(document.title))", byline]
    for section in BriefSection.allCases {
      blocks.append("## \(line(section.heading))")
      switch document.body(of: section) {
      case .text(let text): blocks.append(e(text))
      case .items(let items, let ordered): blocks.append(list(items, ordered: ordered))
      case .ladder: blocks += ladder(document)
      case .missing(let note): blocks.append("*\(e(note))*")
      }
    }
    blocks.append("---")
    blocks.append(document.terms.map { "- " + e($0) }.joined(separator: "\n"))
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func list(_ items: [String], ordered: Bool) -> String {
    items.enumerated().map { index, item in
      let marker = ordered ? "\(index + 1). " : "- "
      return marker
        + MarkdownText.escaped(item, indent: String(repeating: " ", count: marker.count))
    }.joined(separator: "\n")
  }

  private static func ladder(_ document: BriefDocument) -> [String] {
    let e = MarkdownText.oneLine
    let rows = document.ladderRows.map { row in
      "- **\(e(row.label)):** \(e(row.figure))" + (row.note.map { " · \(e($0))" } ?? "")
    }
    var blocks = [rows.joined(separator: "\n")]
    if let advice = document.ladderAdvice { blocks.append(MarkdownText.escaped(advice)) }
    blocks += document.ladderWarnings.map { "**Watch:** " + MarkdownText.escaped($0) }
    return blocks
  }
}
