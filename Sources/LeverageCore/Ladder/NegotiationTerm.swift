/// The negotiation terms the ladder uses, each explained in one line where it appears.
public enum NegotiationTerm: CaseIterable, Sendable {
  case batna
  case reservationPoint
  case zopa
  case anchoring

  public var name: String {
    switch self {
    case .batna: "BATNA"
    case .reservationPoint: "Reservation point"
    case .zopa: "ZOPA"
    case .anchoring: "Anchoring"
    }
  }

  public var explanation: String {
    switch self {
    case .batna: "what you will do if this deal fails; its worth sets your floor."
    case .reservationPoint: "your walk-away point, the least you will accept."
    case .zopa: "the range where your walk-away point and theirs overlap."
    case .anchoring: "the first serious figure pulls the whole talk toward it."
    }
  }

  /// `BATNA: what you will do ...`, for a glossary line.
  public var line: String { "\(name): \(explanation)" }
}
