/// Puts text into Markdown so it shows exactly as written and never becomes structure: a
/// user's `# heading`, `- item`, `1.` list, fence, table, HTML, link, bare URL or e-mail
/// address stays literal text, for CommonMark and for GitHub's extensions alike (the tests hold every export to
/// what cmark-gfm reads back). Punctuation Markdown acts on is backslash-escaped (CommonMark
/// allows that for any ASCII punctuation), leading indentation becomes no-break spaces so it
/// cannot start a code block, and line breaks become hard breaks.
enum MarkdownText {
  /// A passage: its blank lines part paragraphs (a run of them counts as one, and none lead
  /// or trail, which would end a list item early); its other line breaks stay. `indent`
  /// prefixes every line after the first, so a multi-line list item stays one item.
  static func escaped(_ text: String, indent: String = "") -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { escapeLine($0) }
    var output: [String] = []
    for (index, line) in lines.enumerated() where !line.isEmpty {
      if index > 0, lines[index - 1].isEmpty, !output.isEmpty { output.append("") }
      output.append(line)
    }
    return output.enumerated().map { index, line in
      let isLast = index == output.count - 1
      let lineBreak = line.isEmpty || isLast || output[index + 1].isEmpty ? "" : "  "
      let prefix = index == 0 || line.isEmpty ? "" : indent
      return prefix + line + lineBreak
    }.joined(separator: "\n")
  }

  /// Text that must stay on one line, such as a table cell or a name in a byline: its lines
  /// joined by spaces, each without the spaces and tabs around it.
  static func oneLine(_ text: String) -> String {
    let lines = text.split(separator: "\n").map(trimmingSpacesAndTabs).filter { !$0.isEmpty }
    return escapeLine(Substring(lines.joined(separator: " ")))
  }

  private static func trimmingSpacesAndTabs(_ line: Substring) -> Substring {
    let isSpace = { (character: Character) in character == " " || character == "\t" }
    guard let first = line.firstIndex(where: { !isSpace($0) }),
      let last = line.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return line[first...last]
  }

  /// One line, escaped; empty when the line is blank. Trailing spaces and tabs are dropped:
  /// they show nothing, and two of them would make a line break of their own. Works on UTF-8
  /// bytes, not characters: every special is ASCII, and breaking text into graphemes cost
  /// most of an export's time.
  private static func escapeLine(_ line: Substring) -> String {
    if isBlank(line) { return "" }
    let backslash = UInt8(ascii: "\\")
    let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    var result: [UInt8] = []
    result.reserveCapacity(line.utf8.count + 8)
    var bytes = Array(line.utf8)
    while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
      bytes.removeLast()
    }
    let indentation = bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    for byte in indentation {
      for _ in 0..<(byte == UInt8(ascii: "\t") ? 4 : 1) { result += noBreakSpace }
    }
    let rest = Array(bytes.dropFirst(indentation.count))
    let digits = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
    let closesNumber =
      digits < rest.count
      && (rest[digits] == UInt8(ascii: ".") || rest[digits] == UInt8(ascii: ")"))
    for (offset, byte) in rest.enumerated() {
      let startsBlock = offset == 0 && isLineStartSpecial(byte)
      // A heading's text ends before a closing run of `#`: "Offer B #" would lose its `#`.
      let closesHeading = byte == UInt8(ascii: "#") && offset == rest.count - 1
      if startsBlock || isInlineSpecial(byte) || (digits > 0 && offset == digits && closesNumber)
        || closesHeading || startsAutolink(rest, at: offset)
      {
        result.append(backslash)
      }
      result.append(byte)
      // GitHub's viewer links any name@domain.tld, and reads the text after escapes are
      // resolved, so no backslash or entity keeps it from doing so; an invisible word joiner
      // after the `@` does, and the address still reads as typed.
      if byte == UInt8(ascii: "@") { result += wordJoiner }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// U+2060, in UTF-8.
  private static let wordJoiner: [UInt8] = [0xE2, 0x81, 0xA0]

  private static func isBlank(_ line: Substring) -> Bool {
    line.unicodeScalars.allSatisfy(\.properties.isWhitespace)
  }

  private static func isInlineSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "~"):
      true
    default: false
    }
  }

  /// The `:` of `scheme://` and the `.` of `www.`, where GitHub's viewer starts a link of a
  /// bare URL; escaped, the URL reads the same and stays text.
  private static func startsAutolink(_ bytes: [UInt8], at offset: Int) -> Bool {
    func matches(_ text: String, at start: Int) -> Bool {
      let pattern = Array(text.utf8)
      return start >= 0 && start + pattern.count <= bytes.count
        && Array(bytes[start..<start + pattern.count]) == pattern
    }
    switch bytes[offset] {
    case UInt8(ascii: ":"): return matches("://", at: offset)
    case UInt8(ascii: "."): return matches("www.", at: offset - 3)
    default: return false
    }
  }

  private static func isLineStartSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="): true
    default: false
    }
  }
}
