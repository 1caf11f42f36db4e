/// The summary as one self-contained page (see `HTMLPage`), laid out to print on A4 or
/// Letter from the browser.
public enum HTMLSummary {
  public static func render(_ document: SummaryDocument) -> String {
    let e = HTMLText.escaped
    var byline = "\(document.date.iso) · \(e(document.courseTitle))"
    if let name = document.preparedFor { byline = "Prepared for \(e(name)) · " + byline }
    var html = HTMLPage.opening(
      title: e(document.title), date: document.date.iso, byline: byline,
      css: HTMLSummaryStyle.css)
    for section in document.sections {
      html += "<section>\n<h2>\(e(section.heading))</h2>\n"
      for group in section.groups {
        html += "<div class=\"group\">\n"
        if let heading = group.heading { html += "<h3>\(e(heading))</h3>\n" }
        if group.entries.isEmpty, let note = group.emptyNote {
          html += "<p class=\"note\">\(e(note))</p>\n"
        }
        for entry in group.entries {
          html += "<div class=\"entry\">\n"
          if let label = entry.label { html += "<p class=\"label\">\(e(label))</p>\n" }
          html += body(entry.content) + "</div>\n"
        }
        html += "</div>\n"
      }
      html += "</section>\n"
    }
    return html + HTMLPage.closing
  }

  private static func body(_ content: SummaryDocument.Content) -> String {
    let e = HTMLText.escaped
    switch content {
    case .text(let text):
      return "<p class=\"answer\">\(e(text))</p>\n"
    case .items(let items, let ordered):
      let tag = ordered ? "ol" : "ul"
      return "<\(tag)>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</\(tag)>\n"
    case .checklist(let items):
      return "<ul class=\"checklist\">\n"
        + items.map { "<li class=\"\($0.done ? "done" : "open")\">\(e($0.text))</li>\n" }
        .joined() + "</ul>\n"
    case .figures(let lines):
      return "<ul class=\"figures\">\n" + lines.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
    case .table(let table):
      return self.table(table)
    case .actions(let lines):
      return "<ul class=\"actions\">\n"
        + lines.map { line in
          let status = line.status.map { " <span class=\"status\">\(e($0))</span>" } ?? ""
          return "<li\(line.isUrgent ? " class=\"urgent\"" : "")>\(e(line.title))\(status)</li>\n"
        }.joined() + "</ul>\n"
    case .missing:
      return "<p class=\"note\">\(e(SummaryDocument.notAnswered))</p>\n"
    }
  }

  /// The offers across, the lines down the side; the leader's cell marked and said to lead.
  private static func table(_ table: SummaryDocument.Table) -> String {
    let e = HTMLText.escaped
    var html = "<table class=\"offers\">\n<thead><tr><td></td>"
    html +=
      table.columns.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr\(row.isTotal ? " class=\"total\"" : "")><th scope=\"row\">\(e(row.label))</th>"
      for (index, cell) in row.cells.enumerated() {
        html +=
          index == row.leader
          ? "<td class=\"leads\">\(e(cell ?? "—")) <span class=\"mark\">leads</span></td>"
          : "<td>\(e(cell ?? "—"))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
