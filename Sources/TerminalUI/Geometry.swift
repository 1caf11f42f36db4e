/// A terminal size in columns and rows.
public struct Size: Equatable, Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// A cell position: `x` is the column, `y` the row, both from zero at the top left.
public struct Point: Equatable, Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// A rectangle of cells. Layout code cuts rectangles out of rectangles and never draws.
public struct Rect: Equatable, Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public init(size: Size) {
    self.init(x: 0, y: 0, width: size.width, height: size.height)
  }

  public var maxY: Int { y + height }
  public var maxX: Int { x + width }
  public var isEmpty: Bool { width == 0 || height == 0 }

  public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
    Rect(
      x: x + horizontal, y: y + vertical, width: width - 2 * horizontal,
      height: height - 2 * vertical)
  }

  /// Splits off `rows` rows from the top: the first rectangle has them, the second the rest.
  public func splitTop(_ rows: Int) -> (Rect, Rect) {
    let top = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: top),
      Rect(x: x, y: y + top, width: width, height: height - top)
    )
  }

  /// Splits off `rows` rows from the bottom: the first rectangle has the rest, the second them.
  public func splitBottom(_ rows: Int) -> (Rect, Rect) {
    let bottom = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: height - bottom),
      Rect(x: x, y: y + height - bottom, width: width, height: bottom)
    )
  }

  /// Splits off `columns` columns from the left.
  public func splitLeft(_ columns: Int) -> (Rect, Rect) {
    let left = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: left, height: height),
      Rect(x: x + left, y: y, width: width - left, height: height)
    )
  }

  /// Cuts `heights` rows off the top in turn, a rectangle each: a column of pieces, laid out
  /// top down. Pieces past the bottom are empty.
  public func splitRows(_ heights: [Int]) -> [Rect] {
    var rest = self
    return heights.map { rows in
      let (top, bottom) = rest.splitTop(rows)
      rest = bottom
      return top
    }
  }
}
