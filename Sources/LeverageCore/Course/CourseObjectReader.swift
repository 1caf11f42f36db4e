/// Gathers every problem found while reading one course file.
final class CourseProblemLog {
  let file: String
  private(set) var problems: [CourseProblem] = []

  init(file: String) {
    self.file = file
  }

  func add(location: String, field: String?, _ message: String) {
    problems.append(CourseProblem(file: file, location: location, field: field, message: message))
  }
}

/// Reads the fields of one JSON object, reporting each wrong or missing one and carrying on,
/// so an author sees all their mistakes at once. It remembers which fields were asked for,
/// so anything else in the object (usually a typo) can be reported too.
final class CourseObjectReader {
  private let fields: [String: JSONValue]
  private let log: CourseProblemLog
  private let fieldPrefix: String
  private var known: [String] = []
  var location: String

  init(
    _ fields: [String: JSONValue], location: String, log: CourseProblemLog, prefix: String = ""
  ) {
    self.fields = fields
    self.location = location
    self.log = log
    self.fieldPrefix = prefix
  }

  /// Asks for an object where `value` should be one; nil (with a problem) otherwise.
  static func reading(
    _ value: JSONValue, location: String, log: CourseProblemLog
  ) -> CourseObjectReader? {
    guard case .object(let fields) = value else {
      log.add(location: location, field: nil, "must be an object (found \(value.found))")
      return nil
    }
    return CourseObjectReader(fields, location: location, log: log)
  }

  func problem(_ field: String?, _ message: String) {
    log.add(location: location, field: field.map { fieldPrefix + $0 }, message)
  }

  func string(_ key: String, required: Bool = true) -> String? {
    let text = read(key, required: required, expected: "text") {
      if case .string(let text) = $0 { text } else { nil }
    }
    guard let text else { return nil }
    guard !text.allSatisfy(\.isWhitespace) else {
      problem(key, "must not be empty")
      return nil
    }
    return text
  }

  func bool(_ key: String, default fallback: Bool) -> Bool {
    let value = read(key, required: false, expected: "true or false") {
      if case .bool(let value) = $0 { value } else { nil }
    }
    return value ?? fallback
  }

  func number(_ key: String, required: Bool = true) -> Double? {
    read(key, required: required, expected: "a number") {
      if case .number(let value) = $0 { value } else { nil }
    }
  }

  func integer(_ key: String, required: Bool = true) -> Int? {
    read(key, required: required, expected: "a whole number") {
      guard case .number(let value) = $0, value.rounded() == value, abs(value) < 1e9 else {
        return nil
      }
      return Int(value)
    }
  }

  func array(_ key: String, required: Bool = true) -> [JSONValue]? {
    read(key, required: required, expected: "a list") {
      if case .array(let items) = $0 { items } else { nil }
    }
  }

  /// A list of distinct, non-empty texts.
  func strings(_ key: String, required: Bool = true) -> [String]? {
    guard let items = array(key, required: required) else { return nil }
    var texts: [String] = []
    for (index, item) in items.enumerated() {
      guard case .string(let text) = item, !text.allSatisfy(\.isWhitespace) else {
        problem(key, "item \(index + 1) must be non-empty text (found \(item.found))")
        continue
      }
      guard !texts.contains(text) else {
        problem(key, "has \"\(text)\" more than once")
        continue
      }
      texts.append(text)
    }
    return texts
  }

  /// A `"unit-id/prompt-id"` reference to a prompt, checked for its form only; whether the
  /// course has that prompt is for the caller, once the units are read.
  func promptReference(_ key: String, required: Bool = true) -> PromptKey? {
    guard let reference = string(key, required: required) else { return nil }
    let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      problem(key, "must be \"unit-id/prompt-id\" (found \"\(reference)\")")
      return nil
    }
    return PromptKey(unitID: String(parts[0]), promptID: String(parts[1]))
  }

  /// A nested object whose fields are named `key.field` in problems.
  func object(_ key: String, required: Bool = true) -> CourseObjectReader? {
    let fields = read(key, required: required, expected: "an object") {
      if case .object(let fields) = $0 { fields } else { nil }
    }
    return fields.map {
      CourseObjectReader($0, location: location, log: log, prefix: fieldPrefix + key + ".")
    }
  }

  /// A list of objects, the fields of item n (from 1) named `key[n].field` in problems; an
  /// item that is not an object is reported and left out.
  func objects(_ key: String, required: Bool = true) -> [CourseObjectReader]? {
    guard let items = array(key, required: required) else { return nil }
    return items.enumerated().compactMap { index, item in
      guard case .object(let fields) = item else {
        problem(key, "item \(index + 1) must be an object (found \(item.found))")
        return nil
      }
      return CourseObjectReader(
        fields, location: location, log: log, prefix: "\(fieldPrefix)\(key)[\(index + 1)].")
    }
  }

  /// Whether the object has `key` at all, whatever its value.
  func has(_ key: String) -> Bool {
    fields[key] != nil
  }

  /// Reports fields nobody asked for; `context` says what they were checked against.
  func reportUnknownFields(context: String = "here") {
    for key in fields.keys.sorted() where !known.contains(key) {
      let list = known.joined(separator: ", ")
      problem(key, "is not a known field \(context) (known: \(list))")
    }
  }

  private func read<Value>(
    _ key: String, required: Bool, expected: String, _ convert: (JSONValue) -> Value?
  ) -> Value? {
    if !known.contains(key) { known.append(key) }
    guard let value = fields[key], value != .null else {
      if required { problem(key, "is missing") }
      return nil
    }
    guard let converted = convert(value) else {
      problem(key, "must be \(expected) (found \(value.found))")
      return nil
    }
    return converted
  }
}
