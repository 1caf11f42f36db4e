/// The few colours the app uses, named by meaning so a backend can map them to a palette
/// (or drop them when `NO_COLOR` is set: every screen must read well in bold and reverse alone).
public enum Color: Int, CaseIterable, Sendable {
  case accent = 1
  case muted
  case danger
  case success
  case warning
}

/// How a cell is drawn.
public struct Style: Equatable, Hashable, Sendable {
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool
  public var dim: Bool
  public var color: Color?

  public init(
    bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
    color: Color? = nil
  ) {
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
    self.color = color
  }

  public static let plain = Style()
  public static let bold = Style(bold: true)
  public static let reverse = Style(reverse: true)
  public static let dim = Style(dim: true)
}
