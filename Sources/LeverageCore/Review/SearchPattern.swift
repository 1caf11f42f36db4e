import Foundation

/// Turns what a user types into a search: the words it holds, for FTS5 and for highlighting.
public enum SearchPattern {
  /// The words of `text`: runs of letters and digits. Everything else separates words.
  public static func words(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// An FTS5 query matching answers that hold every word as a prefix (`caf` finds Café), or
  /// nil when `text` has no words.
  package static func fts(_ text: String) -> String? {
    let terms = words(text).map { "\"\($0)\"*" }
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

  /// Calls `body` with each match in order while it returns true.
  private static func forEachMatch(
    of query: String, in text: String, _ body: (Range<String.Index>) -> Bool
  ) {
    let needles = words(query).map(folded)
    guard !needles.isEmpty else { return }
    var index = text.startIndex
    while index < text.endIndex {
      guard text[index].isLetter || text[index].isNumber else {
        index = text.index(after: index)
        continue
      }
      var end = index
      while end < text.endIndex, text[end].isLetter || text[end].isNumber {
        end = text.index(after: end)
      }
      let word = folded(text[index..<end])
      if let needle = needles.first(where: { word.hasPrefix($0) }) {
        let matchEnd = text.index(
          index, offsetBy: min(needle.count, text.distance(from: index, to: end)))
        guard body(index..<matchEnd) else { return }
      }
      index = end
    }
  }
}
