import Foundation

/// A JSON document as plain values, so validation can say exactly what it found.
enum JSONValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    // Bool first: a decoder asked for a Double would happily read `true` on some platforms.
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// How the value reads in a message: `"two"`, `140`, `true`, `a list`.
  var found: String {
    switch self {
    case .null: "null"
    case .bool(let value): String(value)
    case .number(let value): value.courseText
    case .string(let value): "\"\(value)\""
    case .array: "a list"
    case .object: "an object"
    }
  }
}

extension Double {
  /// `140` rather than `140.0`, since course authors write whole numbers.
  var courseText: String {
    if rounded() == self, abs(self) < 1e15 { return String(Int64(self)) }
    return String(self)
  }
}

extension JSONValue {
  static func parse(_ data: Data, fileName: String) throws(CourseLoadError) -> JSONValue {
    func failure(_ message: String) -> CourseLoadError {
      CourseLoadError(problems: [CourseProblem(file: fileName, location: nil, message: message)])
    }
    guard data.contains(where: { !Self.isWhitespace($0) }) else {
      throw failure("\(fileName) is empty")
    }
    // JSONDecoder reports no position for syntax errors; JSONSerialization does.
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      throw failure("\(fileName) is not valid JSON" + syntaxErrorDetail(error, in: data))
    }
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch {
      throw failure("\(fileName) is not valid JSON")
    }
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// Foundation words its position as `line 3, column 5` on some platforms and as
  /// `around character 42` (a byte offset) on others; either becomes a line and column.
  private static func syntaxErrorDetail(_ error: any Error, in data: Data) -> String {
    let info = (error as NSError).userInfo
    let detail = (info[NSDebugDescriptionErrorKey] as? String) ?? ""
    if let match = detail.firstMatch(of: /line (\d+), column (\d+)/) {
      return " at line \(match.1), column \(match.2)"
    }
    if let match = detail.firstMatch(of: /character (\d+)/), let offset = Int(match.1) {
      let before = data.prefix(max(0, min(offset, data.count)))
      let text = String(decoding: before, as: UTF8.self)
      let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      return " at line \(lines.count), column \((lines.last?.count ?? 0) + 1)"
    }
    let reason = detail.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    return reason.isEmpty ? "" : ": \(reason)"
  }
}
