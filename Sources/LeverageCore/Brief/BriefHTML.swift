/// The brief as one self-contained page, like the summary's: no scripts, nothing loaded from
/// anywhere, styles inline. Printed, it fits one sheet of Letter or A4 (see `BriefHTMLStyle`).
public enum BriefHTML {
  /// Items past this many are left off the printed page, with a line saying how many; on
  /// screen every item shows.
  static let printedItemLimit = 4

  public static func render(_ document: BriefDocument) -> String {
    let e = HTMLText.escaped
    let date = document.generatedOn.iso
    var byline = "<time datetime=\"\(date)\">\(date)</time> · \(e(document.courseTitle))"
    if let name = document.preparedFor { byline = "Prepared for \(e(name)) · " + byline }
    var html =
      HTMLPage.opening(
        title: e(document.title), date: date, byline: byline,
        css: BriefHTMLStyle.css(printPoints: BriefPrintSize.points(for: document)))
      + "<div class=\"sections\">\n"
    for section in BriefSection.allCases {
      html += "<section class=\"\(section.rawValue)\">\n<h2>\(e(section.heading))</h2>\n"
      switch document.body(of: section) {
      case .text(let text): html += "<p class=\"answer\">\(e(text))</p>\n"
      case .items(let items, let ordered): html += list(items, ordered: ordered)
      case .ladder: html += ladder(document)
      case .missing(let note): html += "<p class=\"note\">\(e(note))</p>\n"
      }
      html += "</section>\n"
    }
    html += "</div>\n<footer>\n<ul class=\"terms\">\n"
    html += document.terms.map { "<li>\(e($0))</li>\n" }.joined()
    return html + "</ul>\n</footer>\n" + HTMLPage.closing
  }

  private static func list(_ items: [String], ordered: Bool) -> String {
    let tag = ordered ? "ol" : "ul"
    var html = "<\(tag)>\n"
    for (index, item) in items.enumerated() {
      let extra = index >= printedItemLimit ? " class=\"extra\"" : ""
      html += "<li\(extra)><span>\(HTMLText.escaped(item))</span></li>\n"
    }
    html += "</\(tag)>\n"
    if items.count > printedItemLimit {
      html += "<p class=\"more\">and \(items.count - printedItemLimit) more in your summary</p>\n"
    }
    return html
  }

  private static func ladder(_ document: BriefDocument) -> String {
    let e = HTMLText.escaped
    var html = "<dl class=\"rungs\">\n"
    for row in document.ladderRows {
      html += "<div><dt>\(e(row.label))</dt><dd class=\"figure\">\(e(row.figure))</dd>"
      if let note = row.note { html += "<dd class=\"reason\">\(e(note))</dd>" }
      html += "</div>\n"
    }
    html += "</dl>\n"
    if let advice = document.ladderAdvice { html += "<p class=\"advice\">\(e(advice))</p>\n" }
    if !document.ladderWarnings.isEmpty {
      html += "<ul class=\"warnings\">\n"
      html += document.ladderWarnings.map { "<li>\(e($0))</li>\n" }.joined()
      html += "</ul>\n"
    }
    return html
  }
}
