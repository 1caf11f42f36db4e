/// A run of cells on one row that a backend must write, left to right from `point`.
public struct ScreenChange: Equatable, Sendable {
  public let point: Point
  public let cells: [Cell]

  public init(point: Point, cells: [Cell]) {
    self.point = point
    self.cells = cells
  }
}

/// What changed between two frames, so a backend writes a typed character, not a screen.
public enum ScreenDiff {
  /// The runs of differing cells, row by row. Without an `old` screen of the same size,
  /// every row is one change. A run never starts on the right half of a wide character.
  public static func changes(from old: Screen?, to new: Screen) -> [ScreenChange] {
    let width = new.size.width
    guard let old, old.size == new.size else {
      return (0..<new.size.height).map { y in
        ScreenChange(point: Point(x: 0, y: y), cells: Array(new.cells[y * width..<(y + 1) * width]))
      }
    }
    var changes: [ScreenChange] = []
    for y in 0..<new.size.height {
      let row = y * width
      var x = 0
      while x < width {
        guard old.cells[row + x] != new.cells[row + x] else {
          x += 1
          continue
        }
        var start = x
        if start > 0, new.cells[row + start].isContinuation { start -= 1 }
        while x < width, old.cells[row + x] != new.cells[row + x] { x += 1 }
        changes.append(
          ScreenChange(point: Point(x: start, y: y), cells: Array(new.cells[row + start..<row + x]))
        )
      }
    }
    return changes
  }
}
