import Foundation

/// Turns what a user types into a search: the words it holds, for FTS5 and for highlighting.
public enum SearchPattern {
  /// The words of `text`: runs of letters and digits. Everything else separates words.
  public static func words(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// An FTS5 query matching answers that hold every word as a prefix (`caf` finds Café), or
  /// nil when `text` has no words.
  static func fts(_ text: String) -> String? {
    let terms = words(text).map { "\"\($0)\"*" }
    return terms.isEmpty ? nil : terms.joined(separator: " ")
  }

  /// Folds case and accents the way the index does, so highlights agree with matches.
  public static func folded(_ text: some StringProtocol) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The character ranges of `text` that a search for `query` matched: each word of `text`
  /// that starts with one of the query's words.
  public static func matches(of query: String, in text: String) -> [Range<String.Index>] {
    let needles = words(query).map(folded)
    guard !needles.isEmpty else { return [] }
    var ranges: [Range<String.Index>] = []
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
        ranges.append(index..<matchEnd)
      }
      index = end
    }
    return ranges
  }
}
