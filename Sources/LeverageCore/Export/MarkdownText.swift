/// Puts text into Markdown so it shows exactly as written and never becomes structure: a
/// user's `# heading`, `- item`, `1.` list, fence, table, HTML or link stays literal text.
/// Punctuation Markdown acts on is backslash-escaped (CommonMark allows that for any ASCII
/// punctuation), leading indentation becomes no-break spaces so it cannot start a code
/// block, and line breaks become hard breaks.
enum MarkdownText {
  private static let inlineSpecials: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~",
  ]
  private static let lineStartSpecials: Set<Character> = ["#", "-", "+", "="]

  /// `indent` prefixes every line after the first, so a multi-line list item stays one item.
  static func escaped(_ text: String, indent: String = "") -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var output: [String] = []
    for (index, line) in lines.enumerated() {
      let escapedLine = escapeLine(line)
      let isLast = index == lines.count - 1
      let nextIsBlank = !isLast && lines[index + 1].allSatisfy(\.isWhitespace)
      let lineBreak = isLast || nextIsBlank || escapedLine.isEmpty ? "" : "  "
      let prefix = index == 0 || escapedLine.isEmpty ? "" : indent
      output.append(prefix + escapedLine + lineBreak)
    }
    return output.joined(separator: "\n")
  }

  private static func escapeLine(_ line: Substring) -> String {
    if line.allSatisfy(\.isWhitespace) { return "" }
    var result = ""
    var rest = line[...]
    while let first = rest.first, first == " " || first == "\t" {
      result += first == "\t" ? "\u{A0}\u{A0}\u{A0}\u{A0}" : "\u{A0}"
      rest = rest.dropFirst()
    }
    if let first = rest.first, lineStartSpecials.contains(first) { result += "\\" }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    let afterDigits = rest.dropFirst(digits.count).first
    for (offset, character) in rest.enumerated() {
      let closesNumber =
        !digits.isEmpty && offset == digits.count && (afterDigits == "." || afterDigits == ")")
      if inlineSpecials.contains(character) || closesNumber { result += "\\" }
      result.append(character)
    }
    return result
  }
}
