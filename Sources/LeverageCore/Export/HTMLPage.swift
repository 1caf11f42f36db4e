/// The frame of every page Leverage writes, the summary and the brief: self-contained, with a
/// Content-Security-Policy telling the browser to load nothing and run no script, and the
/// page's only styles inline.
enum HTMLPage {
  /// Everything up to the page's header, which ends with the opened `<main>` and the title;
  /// `title` and `byline` are HTML already.
  static func opening(title: String, date: String, byline: String, css: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(title) · \(date)</title>
    <style>\(css)</style>
    </head>
    <body>
    <main>
    <header><h1>\(title)</h1><p class="byline">\(byline)</p></header>

    """
  }

  static let closing = "</main>\n</body>\n</html>\n"
}
