import Foundation

@testable import LeverageCore

/// The blocks the Markdown exporters mean to write for a document, worked out from the
/// document alone: what the parser must read back, block for block and character for
/// character, whatever the user typed.
enum ExpectedOutline {
  static func summary(_ document: SummaryDocument) -> [MarkdownLeaf] {
    summaryLeaves(document)
  }

  static func brief(_ document: BriefDocument) -> [MarkdownLeaf] {
    briefLeaves(document)
  }

  private static func summaryLeaves(_ document: SummaryDocument) -> [MarkdownLeaf] {
    var leaves = [
      MarkdownLeaf("h1", document.title),
      MarkdownLeaf("p", byline(document.preparedFor, document.date, document.courseTitle)),
    ]
    for section in document.sections {
      leaves.append(MarkdownLeaf("h2", section.heading))
      for group in section.groups {
        if let heading = group.heading { leaves.append(MarkdownLeaf("h3", heading)) }
        if group.entries.isEmpty, let note = group.emptyNote {
          leaves.append(MarkdownLeaf("p", "‹em›\(note)‹/em›"))
        }
        for entry in group.entries {
          if let label = entry.label { leaves.append(MarkdownLeaf("p", "‹b›\(label)‹/b›")) }
          leaves += content(entry.content)
        }
      }
    }
    return leaves
  }

  private static func briefLeaves(_ document: BriefDocument) -> [MarkdownLeaf] {
    var leaves = [
      MarkdownLeaf("h1", document.title),
      MarkdownLeaf("p", byline(document.preparedFor, document.generatedOn, document.courseTitle)),
    ]
    for section in BriefSection.allCases {
      leaves.append(MarkdownLeaf("h2", section.heading))
      switch document.body(of: section) {
      case .text(let text): leaves += paragraphs(text).map { MarkdownLeaf("p", $0) }
      case .items(let items, let ordered): leaves += list(items, ordered: ordered)
      case .missing(let note): leaves.append(MarkdownLeaf("p", "‹em›\(note)‹/em›"))
      case .ladder:
        leaves += document.ladderRows.enumerated().map { index, row in
          MarkdownLeaf(
            "ul>li\(index + 1)>p",
            "‹b›\(row.label):‹/b› \(row.figure)" + (row.note.map { " · \(oneLine($0))" } ?? ""))
        }
        if let advice = document.ladderAdvice { leaves.append(MarkdownLeaf("p", advice)) }
        leaves += document.ladderWarnings.map { MarkdownLeaf("p", "‹b›Watch:‹/b› \($0)") }
      }
    }
    leaves.append(MarkdownLeaf("thematic_break", ""))
    leaves += list(document.terms, ordered: false)
    return leaves
  }

  private static func content(_ content: SummaryDocument.Content) -> [MarkdownLeaf] {
    switch content {
    case .text(let text): paragraphs(text).map { MarkdownLeaf("p", $0) }
    case .items(let items, let ordered): list(items, ordered: ordered)
    case .figures(let lines): list(lines, ordered: false)
    case .checklist(let items):
      items.enumerated().flatMap { index, item in
        paragraphs(item.text).map {
          MarkdownLeaf("ul>" + (item.done ? "[x]" : "[ ]") + "\(index + 1)>p", $0)
        }
      }
    case .table(let table):
      [MarkdownLeaf("table>th", "")] + table.columns.map { MarkdownLeaf("table>th", oneLine($0)) }
        + table.rows.flatMap { row in
          [MarkdownLeaf("table>td", row.isTotal ? "‹b›\(row.label)‹/b›" : row.label)]
            + row.cells.enumerated().map { index, cell in
              let text = cell.map(oneLine) ?? "—"
              return MarkdownLeaf("table>td", index == row.leader ? "‹b›\(text)‹/b› (leads)" : text)
            }
        }
    case .actions(let lines):
      lines.enumerated().map { index, line in
        let status = line.status.map { line.isUrgent ? "‹b›\($0)‹/b›" : $0 }
        let parts = [oneLine(line.title)] + (status.map { [$0] } ?? [])
        return MarkdownLeaf(
          "ul>li\(index + 1)>p", parts.filter { !$0.isEmpty }.joined(separator: " · "))
      }
    case .missing: [MarkdownLeaf("p", "‹em›\(SummaryDocument.notAnswered)‹/em›")]
    }
  }

  private static func byline(_ name: String?, _ date: CalendarDate, _ course: String) -> String {
    (name.map { "Prepared for \(oneLine($0)) · " } ?? "") + "\(date.iso) · \(oneLine(course))"
  }

  private static func list(_ items: [String], ordered: Bool) -> [MarkdownLeaf] {
    items.enumerated().flatMap { index, item in
      paragraphs(item).map { MarkdownLeaf((ordered ? "ol>li" : "ul>li") + "\(index + 1)>p", $0) }
    }
  }

  /// The exporters' promise for a passage: its blank lines part paragraphs (runs of them count
  /// as one, and none lead or trail), its other line breaks stay, trailing spaces and tabs go,
  /// and leading ones show as no-break spaces (a tab as four), so indentation stays visible.
  static func paragraphs(_ text: String) -> [String] {
    var paragraphs: [[String]] = [[]]
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
        if paragraphs[paragraphs.count - 1].isEmpty == false { paragraphs.append([]) }
        continue
      }
      let kept = line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
      let indent = kept.prefix { $0 == " " || $0 == "\t" }
      let visibleIndent = indent.map { $0 == "\t" ? "\u{A0}\u{A0}\u{A0}\u{A0}" : "\u{A0}" }
      paragraphs[paragraphs.count - 1].append(
        visibleIndent.joined() + String(kept.dropFirst(indent.count)))
    }
    return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }
  }

  /// Text that must stay on one line, such as a table cell or a name in the byline: its lines
  /// joined by spaces, each without its leading and trailing spaces and tabs.
  static func oneLine(_ text: String) -> String {
    text.split(separator: "\n").map { line in
      String(
        line.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
          .reversed())
    }.filter { !$0.isEmpty }.joined(separator: " ")
  }
}
