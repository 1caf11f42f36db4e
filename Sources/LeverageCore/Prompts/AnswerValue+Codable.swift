import Foundation

/// The stored and exported JSON form: an object tagged by `type`, with plain field names
/// so scripts reading `journal list --json` need no knowledge of Swift.
extension AnswerValue: Codable {
  private enum CodingKeys: String, CodingKey {
    case type, text, items, selected, other, value, cents, date, blanks
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    guard let kind = PromptKindName(rawValue: type) else {
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown answer type \(type)")
    }
    switch kind {
    case .text: self = .text(try container.decode(String.self, forKey: .text))
    case .list: self = .list(try container.decode([String].self, forKey: .items))
    case .choice:
      self = .choice(
        selected: try container.decode([String].self, forKey: .selected),
        other: try container.decodeIfPresent(String.self, forKey: .other))
    case .scale: self = .scale(try container.decode(Int.self, forKey: .value))
    case .money: self = .money(cents: try container.decode(Int64.self, forKey: .cents))
    case .percent: self = .percent(try container.decode(Double.self, forKey: .value))
    case .number: self = .number(try container.decode(Double.self, forKey: .value))
    case .date: self = .date(try container.decode(CalendarDate.self, forKey: .date))
    case .template: self = .template(try container.decode([TemplateFill].self, forKey: .blanks))
    }
  }

  /// `type` is the kind's name, so a stored value says which kind of prompt it answers.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kindName.rawValue, forKey: .type)
    switch self {
    case .text(let text):
      try container.encode(text, forKey: .text)
    case .list(let items):
      try container.encode(items, forKey: .items)
    case .choice(let selected, let other):
      try container.encode(selected, forKey: .selected)
      try container.encodeIfPresent(other, forKey: .other)
    case .scale(let value):
      try container.encode(value, forKey: .value)
    case .money(let cents):
      try container.encode(cents, forKey: .cents)
    case .percent(let value):
      try container.encode(value, forKey: .value)
    case .number(let value):
      try container.encode(value, forKey: .value)
    case .date(let date):
      try container.encode(date, forKey: .date)
    case .template(let fills):
      try container.encode(fills, forKey: .blanks)
    }
  }
}

/// Dates are written `2026-03-01`, as a person would read them.
extension CalendarDate {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a date like 2026-03-01, found \(text)")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  public var iso: String {
    "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))"
  }

  /// `value` with leading zeros to `count` digits. By hand, not `String(format:)`: the release
  /// binary carries only the ICU data it was traced reading (scripts/lean-icu-data.py).
  static func digits(_ value: Int, _ count: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, count - text.count)) + text
  }

  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      CalendarDate.isValid(year: year, month: month, day: day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }
}

extension PromptInput: Codable {
  private enum CodingKeys: String, CodingKey {
    case type, text, items, selected, other, value
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(String.self, forKey: .type) {
    case "text": self = .text(try container.decode(String.self, forKey: .text))
    case "list": self = .list(try container.decode([String].self, forKey: .items))
    case "choice":
      self = .choice(
        selected: try container.decode([Int].self, forKey: .selected),
        other: try container.decode(String.self, forKey: .other))
    case "scale": self = .scale(try container.decodeIfPresent(Int.self, forKey: .value))
    case "field": self = .field(try container.decode(String.self, forKey: .text))
    case "template": self = .template(try container.decode([String].self, forKey: .items))
    case let type:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown draft type \(type)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .text(let text):
      try container.encode("text", forKey: .type)
      try container.encode(text, forKey: .text)
    case .list(let items):
      try container.encode("list", forKey: .type)
      try container.encode(items, forKey: .items)
    case .choice(let selected, let other):
      try container.encode("choice", forKey: .type)
      try container.encode(selected, forKey: .selected)
      try container.encode(other, forKey: .other)
    case .scale(let value):
      try container.encode("scale", forKey: .type)
      try container.encodeIfPresent(value, forKey: .value)
    case .field(let text):
      try container.encode("field", forKey: .type)
      try container.encode(text, forKey: .text)
    case .template(let texts):
      try container.encode("template", forKey: .type)
      try container.encode(texts, forKey: .items)
    }
  }
}
