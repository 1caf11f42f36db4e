import Foundation

/// A JSON document as plain values, so validation can say exactly what it found.
enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// From what `JSONSerialization` returns, which parses the file many times faster than
  /// `JSONDecoder` can try each case of this enum in turn.
  init(foundation value: Any) {
    switch value {
    case let text as String: self = .string(text)
    case let number as NSNumber:
      self = Self.isBoolean(number) ? .bool(number.boolValue) : .number(number.doubleValue)
    case let array as [Any]: self = .array(array.map(JSONValue.init(foundation:)))
    case let object as [String: Any]: self = .object(object.mapValues(JSONValue.init(foundation:)))
    default: self = .null
    }
  }

  /// `true` and `false` come back as a boolean subclass of NSNumber; `1` and `0` must stay
  /// numbers, so the class is what tells them apart.
  private static func isBoolean(_ number: NSNumber) -> Bool {
    type(of: number) == type(of: NSNumber(value: true))
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
    do {
      return JSONValue(
        foundation: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    } catch {
      throw failure("\(fileName) is not valid JSON" + syntaxErrorDetail(error, in: data))
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
