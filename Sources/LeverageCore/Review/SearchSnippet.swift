import PlainText

/// What a search result shows of an answer: one line around the first matched word, so the
/// match is on screen however far into the answer it is, with the matched words marked.
/// The review's list and `journal search` show the same snippet.
public struct SearchSnippet: Equatable, Sendable {
  public static let ellipsis: Character = "…"

  /// How far into an answer a match is looked for: a list draws a snippet per row each
  /// frame, and a pasted megabyte must not cost a megabyte of work per row.
  static let scanLimit = 10_000

  /// One line, safe to print, at most the width asked for (3 columns at least).
  public let text: String
  /// The parts of `text` the search matched, in order.
  public let matches: [Range<String.Index>]

  /// The snippet of `answer` for `query` in `width` columns, `columns` giving each
  /// character's width on screen. Context before the first match takes about a third of
  /// the width, starting at a word; text cut off at either end is marked with `…`.
  public init(of answer: String, query: String, width: Int, columns: (Character) -> Int) {
    let line = Array(PlainText.oneLine(String(answer.prefix(Self.scanLimit))))
    let width = max(3, width)
    let start = Self.start(of: line, query: query, lead: width / 3, columns: columns)
    var text = start > 0 ? String(Self.ellipsis) : ""
    var used = text.count
    var end = start
    while end < line.count, used + columns(line[end]) <= width {
      used += columns(line[end])
      end += 1
    }
    if end < line.count {
      // Makes room for the closing mark by dropping what no longer fits.
      while end > start, used + 1 > width {
        end -= 1
        used -= columns(line[end])
      }
      text += String(line[start..<end]) + String(Self.ellipsis)
    } else {
      text += String(line[start..<end])
    }
    self.text = text
    self.matches = SearchPattern.matches(of: query, in: text)
  }

  /// Where the snippet starts: at the beginning when the first match is near it, else at the
  /// first word that leaves about `lead` columns before the match.
  private static func start(
    of line: [Character], query: String, lead: Int, columns: (Character) -> Int
  ) -> Int {
    let text = String(line)
    // Only the first match places the snippet: folding every word of a long answer to find
    // them all cost 40 ms of a search whose newest answers are long.
    guard let first = SearchPattern.firstMatch(of: query, in: text) else { return 0 }
    let match = text.distance(from: text.startIndex, to: first.lowerBound)
    var start = match
    var used = 0
    while start > 0, used + columns(line[start - 1]) <= lead {
      start -= 1
      used += columns(line[start])
    }
    guard start > 0 else { return 0 }
    while start < match, line[start - 1] != " " { start += 1 }
    return start
  }
}
