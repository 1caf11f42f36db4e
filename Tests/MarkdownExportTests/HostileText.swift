/// Text a user might type that Markdown would read as structure: every construct at the
/// start, in the middle and at the end of a line, after a blank line, indented by spaces and
/// by a tab, with URLs, e-mail addresses and bidi and control characters among them.
enum HostileText {
  static let constructs = [
    "# heading", "###### six", "#hashtag", "Offer B #", "Offer B ##", "#", "- item", "* item",
    "+ item", "-", "1. one", "2) two", "1986. a good year", "123456789. nine digits", "> quote",
    ">", "```", "```swift", "~~~", "    four spaces", "\ttab", "<div>block</div>", "<b>bold</b>",
    "<!-- comment -->", "<?php ?>", "<![CDATA[x]]>", "[link](http://example.com)",
    "![image](x.png)", "[ref]: http://example.com", "[ref]", "[^note]", "[^note]: text",
    "<http://example.com>", "<ana@example.com>", "http://example.com/a_b_c",
    "https://example.com/path?q=1&r=2", "www.example.com", "ftp://example.com",
    "ana.ruiz+offers@example.org", "mailto:ana@example.com", "xmpp:ana@example.com", "***", "---",
    "___", "===", "- - -", "| a | b |", "|---|---|", "a | b", "- [ ] task", "- [x] done", "[ ]",
    "*emphasis*", "_emphasis_", "**strong**", "__strong__", "~~struck~~", "~one~", "`code`",
    "``", "trailing backslash \\", "\\", "\\*", "&amp;", "&#35;", "&copy;", "<", ">>", "a < b > c",
    "line with two trailing spaces  ", "a\u{202E}reversed\u{202C}b", "\u{2066}isolate\u{2069}",
    "bell\u{07}", "escape\u{1B}[31mred", "null\u{00}byte", "del\u{7F}", "c1\u{85}next",
    "nbsp\u{A0}space", "\u{A0}# nbsp then hash", "em\u{2003}space", ":", "Term\n: definition",
    "$250,000", "1:4 call", "3.5x", "100%", "a\tb", "tab at end\t",
  ]

  /// Each construct in the places that change how Markdown reads it.
  static let strings: [String] =
    constructs.flatMap { construct in
      [
        construct, "\(construct) starts the line", "in the \(construct) middle",
        "ends with \(construct)", "first line\n\(construct)", "\(construct)\nsecond line",
        "before a blank line\n\n\(construct)", "\(construct)\n\n\nafter two blank lines",
        "  \(construct)", "\t\(construct)",
      ]
    } + [
      "", " ", "\n", "\n\n", "\n\nleading blank lines", "trailing blank lines\n\n",
      "one\n \ntwo", "one\n\t\ntwo", "    \n    code?", "a\n\n\n\n\nb",
      String(repeating: "#", count: 7), "# a\n## b\n### c", "- a\n  - b\n    - c",
      "1. a\n2. b\n\n   continued", "> a\n> > b", "```\nfenced\n```", "<div>\n\nx\n\n</div>",
    ]
}
