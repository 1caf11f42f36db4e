/// Puts text into Markdown so it shows exactly as written and never becomes structure: a
/// user's `# heading`, `- item`, `1.` list, fence, table, HTML or link stays literal text.
/// Punctuation Markdown acts on is backslash-escaped (CommonMark allows that for any ASCII
/// punctuation), leading indentation becomes no-break spaces so it cannot start a code
/// block, and line breaks become hard breaks.
enum MarkdownText {
  /// `indent` prefixes every line after the first, so a multi-line list item stays one item.
  static func escaped(_ text: String, indent: String = "") -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var output: [String] = []
    for (index, line) in lines.enumerated() {
      let escapedLine = escapeLine(line)
      let isLast = index == lines.count - 1
      let nextIsBlank = !isLast && isBlank(lines[index + 1])
      let lineBreak = isLast || nextIsBlank || escapedLine.isEmpty ? "" : "  "
      let prefix = index == 0 || escapedLine.isEmpty ? "" : indent
      output.append(prefix + escapedLine + lineBreak)
    }
    return output.joined(separator: "\n")
  }

  /// Works on UTF-8 bytes, not characters: every special is ASCII, and breaking text into
  /// graphemes cost most of an export's time.
  private static func escapeLine(_ line: Substring) -> String {
    if isBlank(line) { return "" }
    let backslash = UInt8(ascii: "\\")
    let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    var result: [UInt8] = []
    result.reserveCapacity(line.utf8.count + 8)
    var rest = line.utf8[...]
    while let first = rest.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
      for _ in 0..<(first == UInt8(ascii: "\t") ? 4 : 1) { result += noBreakSpace }
      rest = rest.dropFirst()
    }
    if let first = rest.first, isLineStartSpecial(first) { result.append(backslash) }
    let digits = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
    let afterDigits = rest.dropFirst(digits).first
    let closesNumber = afterDigits == UInt8(ascii: ".") || afterDigits == UInt8(ascii: ")")
    for (offset, byte) in rest.enumerated() {
      if isInlineSpecial(byte) || (digits > 0 && offset == digits && closesNumber) {
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

  private static func isLineStartSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="): true
    default: false
    }
  }
}
