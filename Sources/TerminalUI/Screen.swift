/// One cell of the grid. A wide character fills its own cell and leaves the next one with
/// empty `text`, so the grid always has one entry per terminal column.
public struct Cell: Equatable, Sendable {
  public var text: String
  public var style: Style

  public init(text: String = " ", style: Style = .plain) {
    self.text = text
    self.style = style
  }

  public static let blank = Cell()
}

/// A grid of cells that `render` paints and a `Terminal` shows. Pure value: tests compare it
/// as text with golden files.
public struct Screen: Equatable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should stand, or `nil` to hide it.
  public var cursor: Point?

  public init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Writes `text` on one row from `point`, cut to `maxWidth` columns (and the screen edge).
  /// Control characters are shown as visible stand-ins, never passed to the terminal.
  /// Returns the number of columns used.
  @discardableResult
  public mutating func put(
    _ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil
  ) -> Int {
    guard point.y >= 0, point.y < size.height, point.x >= 0 else { return 0 }
    let limit = min(size.width, point.x + (maxWidth ?? size.width))
    var x = point.x
    for character in text {
      let shown = Inert.visible(character)
      let width = DisplayWidth.of(shown)
      if width == 0 { continue }
      guard x + width <= limit else { break }
      setCell(x, point.y, Cell(text: String(shown), style: style))
      if width == 2 { setCell(x + 1, point.y, Cell(text: "", style: style)) }
      x += width
    }
    return x - point.x
  }

  /// Paints every cell of `rect` blank in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.maxX) {
        setCell(x, y, Cell(text: " ", style: style))
      }
    }
  }

  /// The characters of row `y`, wide characters once, trailing blanks kept.
  public func rowText(_ y: Int) -> String {
    var row = ""
    for x in 0..<size.width { row += self[x, y].text }
    return row
  }

  /// The whole grid as text, one quoted row a line so trailing blanks show in golden files.
  public var snapshot: String {
    (0..<size.height).map { "\"" + rowText($0) + "\"" }.joined(separator: "\n") + "\n"
  }

  private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
    let index = y * size.width + x
    // Overwriting half of a wide character blanks its other half, so the grid never shows
    // half a glyph.
    if cells[index].text.isEmpty, x > 0 {
      cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
    }
    if x + 1 < size.width, DisplayWidth.of(cells[index].text) == 2 {
      cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }
}
