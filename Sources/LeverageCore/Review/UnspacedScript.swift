/// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
/// Myanmar). SQLite's unicode61 tokenizer splits words only at spaces and punctuation, so
/// `日本語のテキスト東京都` would be one word and `東京` inside it never found. Each character of
/// these scripts is therefore a word of its own, in the index and in a search alike: `東京`
/// becomes the phrase `東 京`, which matches wherever those two characters stand together.
/// A character-level index finds every word, at the cost of also matching a pair of
/// characters that straddle two words, the usual trade of search without a dictionary.
public enum UnspacedScript {
  /// Unicode blocks of those scripts, in code point order.
  static let blocks: [ClosedRange<UInt32>] = [
    0x0E00...0x0EFF,  // Thai, Lao
    0x1000...0x109F,  // Myanmar
    0x1780...0x17FF,  // Khmer
    0x2E80...0x2FDF,  // CJK radicals, Kangxi radicals
    0x3005...0x3007,  // 々 〆 〇
    0x3021...0x3029,  // Hangzhou numerals
    0x3040...0x30FF,  // Hiragana, Katakana
    0x31F0...0x31FF,  // Katakana phonetic extensions
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFF66...0xFF9F,  // halfwidth Katakana
    0x20000...0x3134F,  // CJK extensions B-G
  ]

  /// Whether `character` is a word of its own.
  public static func stands(alone character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, scalar.value >= 0x0E00 else {
      return false
    }
    return blocks.contains { $0.contains(scalar.value) }
  }

  /// `text` with a space either side of every such character, as the index holds it. Text
  /// without them (nearly all) is returned as it is, without a copy.
  public static func spacedOut(_ text: String) -> String {
    guard text.contains(where: stands(alone:)) else { return text }
    var spaced = ""
    spaced.reserveCapacity(text.utf8.count * 2)
    for character in text {
      if stands(alone: character) {
        spaced += " \(character) "
      } else {
        spaced.append(character)
      }
    }
    return spaced
  }
}
