import Foundation

/// Turns what a user types into a search: the words it holds, for FTS5 and for highlighting.
public enum SearchPattern {
  /// The words of `text`: runs of letters and digits. Everything else separates words.
  public static func words(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// An FTS5 query matching answers that hold every word as a prefix (`caf` finds Café), or
  /// nil when `text` has no words.
  /// A word of a script written without spaces becomes a phrase of its characters, as the
  /// index holds them (`UnspacedScript`).
  package static func fts(_ text: String) -> String? {
    let terms = words(text).map { "\"\(UnspacedScript.spacedOut($0))\"*" }
    return terms.isEmpty ? nil : terms.joined(separator: " ")
  }

  /// Folds case and accents the way the index does, so highlights agree with matches.
  public static func folded(_ text: some StringProtocol) -> String {
    // ASCII folds to its lower case, and Foundation's folding costs microseconds a word:
    // most of a search printing the snippets of long answers.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The character ranges of `text` that a search for `query` matched: each word of `text`
  /// that starts with one of the query's words.
  public static func matches(of query: String, in text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    forEachMatch(of: query, in: text) { range in
      ranges.append(range)
      return true
    }
    return ranges
  }

  /// The first of `matches`, found without folding the rest of a long answer.
  public static func firstMatch(of query: String, in text: String) -> Range<String.Index>? {
    var first: Range<String.Index>?
    forEachMatch(of: query, in: text) { range in
      first = range
      return false
    }
    return first
  }

  /// Calls `body` with each match in order while it returns true. A query word is matched
  /// as the index matches it: its words (one per character of an unspaced script) against
  /// the same run of words in `text`, all whole but the last, which may be a prefix.
  private static func forEachMatch(
    of query: String, in text: String, _ body: (Range<String.Index>) -> Bool
  ) {
    let needles = words(query).map { word in
      let folded = folded(word)
      var scanner = WordScanner(folded)
      return Array(sequence(state: ()) { _ in scanner.next() }.map { String(folded[$0]) })
    }
    guard let longest = needles.map(\.count).max(), longest > 0 else { return }
    var scanner = WordScanner(text)
    var window: [(range: Range<String.Index>, folded: String)] = []
    while true {
      while window.count < longest, let next = scanner.next() {
        window.append((next, folded(text[next])))
      }
      guard !window.isEmpty else { return }
      guard let (needle, count) = firstNeedle(needles, matching: window) else {
        window.removeFirst()
        continue
      }
      let last = window[count - 1].range
      let end = text.index(
        last.lowerBound,
        offsetBy: min(needle.count, text.distance(from: last.lowerBound, to: last.upperBound)))
      guard body(window[0].range.lowerBound..<end) else { return }
      window.removeFirst(count)
    }
  }

  /// The last word of the first needle that matches from the window's start, and how many
  /// of the window's words it took.
  private static func firstNeedle(
    _ needles: [[String]], matching window: [(range: Range<String.Index>, folded: String)]
  ) -> (String, Int)? {
    for needle in needles where needle.count <= window.count {
      let whole = needle.dropLast().indices.allSatisfy { window[$0].folded == needle[$0] }
      if whole, let last = needle.last, window[needle.count - 1].folded.hasPrefix(last) {
        return (last, needle.count)
      }
    }
    return nil
  }
}

/// The words of a text as search sees them, one after another: runs of letters and digits,
/// where a character of a script written without spaces is a word of its own.
struct WordScanner {
  private let text: String
  private var index: String.Index

  init(_ text: String) {
    self.text = text
    index = text.startIndex
  }

  mutating func next() -> Range<String.Index>? {
    while index < text.endIndex, !Self.inWord(text[index]) {
      index = text.index(after: index)
    }
    guard index < text.endIndex else { return nil }
    let start = index
    index = text.index(after: index)
    guard !UnspacedScript.stands(alone: text[start]) else { return start..<index }
    while index < text.endIndex, Self.inWord(text[index]),
      !UnspacedScript.stands(alone: text[index])
    {
      index = text.index(after: index)
    }
    return start..<index
  }

  private static func inWord(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
