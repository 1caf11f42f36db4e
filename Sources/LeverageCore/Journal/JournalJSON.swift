import Foundation

/// The JSON stored in the journal: sorted keys, so the same value is always the same bytes.
enum JournalJSON {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Nil for JSON this version cannot read, such as a kind added by a later Leverage.
  static func decode<T: Decodable>(_ type: T.Type, from json: String) -> T? {
    try? JSONDecoder().decode(type, from: Data(json.utf8))
  }
}
