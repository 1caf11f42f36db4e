import Foundation
import LeverageCore

/// The JSON stored in the journal: sorted keys, so the same value is always the same bytes.
enum JournalJSON {
  static func encode<T: Encodable>(_ value: T, with encoder: JSONEncoder = encoder())
    throws -> String
  {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Nil for JSON this version cannot read, such as a kind added by a later Leverage.
  static func decode<T: Decodable>(
    _ type: T.Type, from json: String, with decoder: JSONDecoder = JSONDecoder()
  ) -> T? {
    try? decoder.decode(type, from: Data(json.utf8))
  }

  /// A configured encoder; loops over many rows make one and pass it in, since making one
  /// per row costs more than the encoding.
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
