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

  /// The right half of a wide character: backends draw nothing for it.
  public var isContinuation: Bool { text.isEmpty }
}

/// A grid of cells that `render` paints and a `Terminal` shows. Pure value: tests compare it
/// as text with golden files.
public struct Screen: Equatable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should stand, or `nil` to hide it.
  public var cursor: Point?
  /// What a click acts on, in drawing order: what is drawn later lies on top.
  public private(set) var targets: [ClickTarget] = []

  public init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Writes `text` on one row from `point`, cut to `maxWidth` columns (and the screen edge).
  /// Control characters are shown as visible stand-ins, never passed to the terminal. A wide
  /// character that does not fit whole is left out, and graphemes of no width (a combining
  /// mark with nothing to combine with) are dropped. Returns the number of columns used.
  @discardableResult
  public mutating func put(
    _ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil
  ) -> Int {
    guard point.y >= 0, point.y < size.height, point.x >= 0 else { return 0 }
    let limit = min(size.width, point.x + max(0, maxWidth ?? size.width))
    var x = point.x
    for character in text {
      let shown = Inert.visible(character)
      let width = DisplayWidth.of(shown)
      if width == 0 { continue }
      guard x + width <= limit else { break }
      place(Cell(text: String(shown), style: style), width: width, x: x, y: point.y)
      x += width
    }
    return x - point.x
  }

  /// Word-wraps `text` into `rect` (see `TextWrap`), dropping lines below it.
  /// Returns the number of rows used.
  @discardableResult
  public mutating func putWrapped(_ text: String, in rect: Rect, style: Style = .plain) -> Int {
    guard !rect.isEmpty else { return 0 }
    let lines = TextWrap.wrap(text, width: rect.width).prefix(rect.height)
    for (row, line) in lines.enumerated() {
      put(line, at: Point(x: rect.x, y: rect.y + row), style: style, maxWidth: rect.width)
    }
    return lines.count
  }

  /// Paints every cell of `rect` blank in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    for y in rows(of: rect) {
      for x in columns(of: rect) {
        place(Cell(text: " ", style: style), width: 1, x: x, y: y)
      }
    }
  }

  /// Gives every cell of `rect` `style`, keeping its text (a selection bar, a highlight).
  public mutating func setStyle(_ rect: Rect, style: Style) {
    for y in rows(of: rect) {
      for x in columns(of: rect) {
        cells[y * size.width + x].style = style
      }
    }
  }

  /// Makes a click inside `rect` mean `action`, over whatever was there before.
  public mutating func addTarget(_ rect: Rect, action: any Equatable & Sendable) {
    guard !rect.isEmpty else { return }
    targets.append(ClickTarget(rect: rect, action: action))
  }

  /// The action of the topmost target under `point`.
  public func target(at point: Point) -> (any Equatable & Sendable)? {
    targets.last { $0.contains(point) }?.action
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

  private func rows(of rect: Rect) -> Range<Int> {
    let top = min(max(0, rect.y), size.height)
    return top..<max(top, min(size.height, rect.maxY))
  }

  private func columns(of rect: Rect) -> Range<Int> {
    let left = min(max(0, rect.x), size.width)
    return left..<max(left, min(size.width, rect.maxX))
  }

  /// Writes `cell` over columns `x..<x+width` of row `y`. A wide character cut in half by the
  /// write loses its other half too, so the grid never holds half a glyph.
  private mutating func place(_ cell: Cell, width: Int, x: Int, y: Int) {
    let row = y * size.width
    let end = x + width
    if x > 0, cells[row + x].isContinuation {
      cells[row + x - 1].text = " "
    }
    if end < size.width, cells[row + end].isContinuation {
      cells[row + end].text = " "
    }
    cells[row + x] = cell
    for column in x + 1..<end {
      cells[row + column] = Cell(text: "", style: cell.style)
    }
  }
}
