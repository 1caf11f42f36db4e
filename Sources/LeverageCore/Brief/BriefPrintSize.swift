/// The largest type the printed brief can take and still be one sheet of Letter or A4. A page
/// that loads no script cannot measure itself, so this works out how many lines each section
/// wraps to at each size, with the print style's line clamps, and lays the whole sections
/// into two columns as the browser does. `make check-brief` proves the choice in Chromium.
enum BriefPrintSize {
  /// From roomy to tight, in points; the first that fits is the one printed.
  static let sizes: [Double] = [13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5]
  static let lineHeight = 1.25
  /// A column on A4, the narrower sheet: 210 mm less 22 mm of margins and the 7 mm gap, halved.
  static let columnWidth = 256.0
  /// Letter, the shorter sheet: 279.4 mm less 18 mm of margins.
  static let pageHeight = 741.0
  /// How wide a character of the serif face is, as a share of the type size, over English
  /// text (DejaVu Serif, the face Debian's Chromium prints with, measured on the brief), with
  /// some room for the ragged end of a wrapped line.
  static let characterWidth = 0.6
  /// A sans-serif heading or label is this size of the type.
  static let headingScale = 0.82
  /// A section's margin below, in points (2.2 mm), and the room kept above the footer (4 mm).
  static let sectionGap = 6.2
  static let footerRoom = 11.3

  static func points(for document: BriefDocument) -> Double {
    sizes.first { fits(document, points: $0) } ?? sizes[sizes.count - 1]
  }

  /// Whether the sections, kept whole and in order, fill two columns no taller than the page
  /// leaves below the header and above the footer.
  static func fits(_ document: BriefDocument, points: Double) -> Bool {
    let capacity = pageHeight - header(points: points) - footer(document, points: points)
    var columns = [0.0]
    for section in BriefSection.allCases {
      let height = self.height(of: section, in: document, points: points)
      if columns[columns.count - 1] + height > capacity {
        guard columns.count < 2, height <= capacity else { return false }
        columns.append(0)
      }
      columns[columns.count - 1] += height
    }
    return true
  }

  static func height(of section: BriefSection, in document: BriefDocument, points: Double)
    -> Double
  {
    let line = points * lineHeight
    let heading = line * headingScale + 2
    switch document.body(of: section) {
    case .text(let text):
      let clamp = section == .valueStatement ? 5 : 4
      return heading + line * Double(min(clamp, lines(text, points: points))) + sectionGap
    case .items(let items, _):
      let clamp = section == .replies || section == .economics ? 3 : 2
      let shown = items.prefix(BriefHTML.printedItemLimit).map {
        min(clamp, lines($0, points: points, indent: 1.2 * points))
      }
      let more = items.count > BriefHTML.printedItemLimit ? 1 : 0
      return heading + line * Double(shown.reduce(0, +) + more) + sectionGap
    case .missing(let note):
      return heading + line * Double(lines(note, points: points)) + sectionGap
    case .ladder:
      return heading + ladderHeight(document, points: points) + sectionGap
    }
  }

  private static func ladderHeight(_ document: BriefDocument, points: Double) -> Double {
    let line = points * lineHeight
    let rows = document.ladderRows.map { row in
      // The label and figure share a line; a rule and padding part the rows.
      line + 5 + line * Double(row.note.map { min(2, lines($0, points: points)) } ?? 0)
    }
    let advice = document.ladderAdvice.map { line * Double(lines($0, points: points)) + 4 } ?? 0
    let warnings = document.ladderWarnings.map {
      line * Double(min(3, lines($0, points: points, indent: 0.6 * points))) + 3
    }
    return rows.reduce(0, +) + advice + warnings.reduce(0, +)
  }

  /// The title, the byline (at most two lines) and the rule under them.
  private static func header(points: Double) -> Double {
    let title = 1.45 * points * lineHeight
    return title + 2 * points * lineHeight + 22
  }

  /// The terms across the whole width at the footer's size, its rule, and the room above it.
  private static func footer(_ document: BriefDocument, points: Double) -> Double {
    let size = points * headingScale
    let characters = document.terms.map(\.count).reduce(0, +) + 3 * document.terms.count
    let width = 2 * columnWidth + 20
    let lines = (Double(characters) * characterWidth * size / width).rounded(.up)
    return lines * size * lineHeight + 8 + footerRoom
  }

  /// How many lines `text` wraps to in a column at `points`, each of its own lines at least one.
  static func lines(_ text: String, points: Double, indent: Double = 0) -> Int {
    let perLine = max(1, Int((columnWidth - indent) / (characterWidth * points)))
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
      max(1, (paragraph.count + perLine - 1) / perLine)
    }.reduce(0, +)
  }
}
