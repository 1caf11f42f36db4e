/// The stored and exported JSON form, tagged by `type` like answers:
/// `{"type": "money", "cents": 1200000, "estimate": true}`.
extension OfferEntry: Codable {
  private enum CodingKeys: String, CodingKey {
    case type, cents, value, estimate, text
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    let isEstimate = try container.decodeIfPresent(Bool.self, forKey: .estimate) ?? false
    switch type {
    case "money":
      self = .money(cents: try container.decode(Int64.self, forKey: .cents), isEstimate: isEstimate)
    case "number":
      self = .number(try container.decode(Double.self, forKey: .value), isEstimate: isEstimate)
    case "text": self = .text(try container.decode(String.self, forKey: .text))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown offer entry type \(type)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .money(let cents, let isEstimate):
      try container.encode("money", forKey: .type)
      try container.encode(cents, forKey: .cents)
      try container.encode(isEstimate, forKey: .estimate)
    case .number(let value, let isEstimate):
      try container.encode("number", forKey: .type)
      try container.encode(value, forKey: .value)
      try container.encode(isEstimate, forKey: .estimate)
    case .text(let text):
      try container.encode("text", forKey: .type)
      try container.encode(text, forKey: .text)
    }
  }
}
