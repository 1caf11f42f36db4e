/// One visual line of wrapped text, in grapheme offsets.
struct WrappedLine: Equatable, Sendable {
  /// The graphemes shown on the line; never wider than the wrap width.
  var content: Range<Int>
  /// Where the next line starts: past the spaces hidden at a wrap and past a newline.
  var end: Int
}

/// The greedy word-wrap shared by `TextWrap` (display) and `TextLayout` (editing), so what
/// is drawn and where the cursor goes can never disagree.
enum LineBreaker {
  static func isHardBreak(_ character: Character) -> Bool {
    character == "\n" || character == "\r\n"
  }

  /// `width` must be at least 1. Every grapheme belongs to exactly one line.
  static func lines(_ characters: [Character], width: Int) -> [WrappedLine] {
    var lines: [WrappedLine] = []
    var start = 0
    while true {
      let newline = characters[start...].firstIndex(where: isHardBreak) ?? characters.count
      breakParagraph(characters, start..<newline, width: width, into: &lines)
      guard newline < characters.count else { return lines }
      lines[lines.count - 1].end = newline + 1
      start = newline + 1
    }
  }

  private static func breakParagraph(
    _ characters: [Character], _ paragraph: Range<Int>, width: Int,
    into lines: inout [WrappedLine]
  ) {
    var lineStart = paragraph.lowerBound
    var column = 0
    var wordStart: Int?
    var hasContent = false
    var index = lineStart
    func endLine(content: Range<Int>, next: Int) {
      lines.append(WrappedLine(content: content, end: next))
      lineStart = next
      column = 0
      wordStart = nil
      hasContent = false
    }
    scan: while index < paragraph.upperBound {
      let character = characters[index]
      let columns = DisplayWidth.of(character)
      let afterSpace = hasContent && index > lineStart && characters[index - 1] == " "
      if column + columns <= width {
        if character != " " {
          if afterSpace { wordStart = index }
          hasContent = true
        }
        column += columns
        index += 1
      } else if character == " " {
        // Spaces where the line wraps hang past its end, unseen, as in any text editor.
        var next = index
        while next < paragraph.upperBound, characters[next] == " " { next += 1 }
        if next == paragraph.upperBound { break scan }
        var contentEnd = index
        while contentEnd > lineStart, characters[contentEnd - 1] == " " { contentEnd -= 1 }
        endLine(content: lineStart..<(hasContent ? contentEnd : index), next: next)
        index = next
      } else if let start = afterSpace ? index : wordStart,
        wordWidth(characters, from: start, in: paragraph) <= width
      {
        var contentEnd = start
        while contentEnd > lineStart, characters[contentEnd - 1] == " " { contentEnd -= 1 }
        endLine(content: lineStart..<contentEnd, next: start)
        column = characters[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
        hasContent = start < index
      } else if index == lineStart {
        // Wider than the whole line (a wide character at width 1): it cannot be shown.
        endLine(content: index..<index, next: index + 1)
        index += 1
      } else {
        endLine(content: lineStart..<index, next: index)
      }
    }
    let contentEnd = min(index, paragraph.upperBound)
    lines.append(
      WrappedLine(content: lineStart..<contentEnd, end: paragraph.upperBound))
  }

  private static func wordWidth(
    _ characters: [Character], from start: Int, in paragraph: Range<Int>
  ) -> Int {
    var width = 0
    var index = start
    while index < paragraph.upperBound, characters[index] != " " {
      width += DisplayWidth.of(characters[index])
      index += 1
    }
    return width
  }
}
