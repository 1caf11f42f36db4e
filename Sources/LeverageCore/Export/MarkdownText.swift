/// Puts text into Markdown so it shows exactly as written, byte for byte, and never becomes
/// structure: a user's `# heading`, `- item`, `1.` list, fence, table, HTML, link or bare URL
/// stays literal text, for CommonMark, GitHub's extensions and markdown-it with linkify (the
/// tests hold every export to what cmark-gfm and markdown-it read back). Punctuation
/// Markdown acts on is backslash-escaped (CommonMark allows that for any ASCII punctuation),
/// leading indentation becomes no-break spaces so it cannot start a code block, and line
/// breaks become hard breaks.
///
/// An e-mail address is the one exception no escape can make: GitHub's viewer joins escaped
/// text before it looks for addresses, so it shows `ana@example.com` as a link to that very
/// address. Its text is still what was typed; nothing invisible is added to stop it.
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
    }
    return String(decoding: result, as: UTF8.self)
  }

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

  /// Where a linker starts a link of bare text: the `:` of `scheme://` (GitHub's viewer and
  /// markdown-it), a `.` before a letter (markdown-it links `boston.io` and
  /// `www.example.com`), and an `@` (markdown-it links `ana@example.com`). Escaped, the
  /// text reads the same and the linker sees no address in it.
  private static func startsAutolink(_ bytes: [UInt8], at offset: Int) -> Bool {
    switch bytes[offset] {
    case UInt8(ascii: ":"):
      return offset + 2 < bytes.count && bytes[offset + 1] == UInt8(ascii: "/")
        && bytes[offset + 2] == UInt8(ascii: "/")
    case UInt8(ascii: "."):
      return offset > 0 && offset + 1 < bytes.count && isAlphanumeric(bytes[offset - 1])
        && isLetter(bytes[offset + 1])
    case UInt8(ascii: "@"):
      return true
    default:
      return false
    }
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }

  private static func isLineStartSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="): true
    default: false
    }
  }
}
