/// Where the text of an editable multi-line field goes on screen: its wrapped lines and
/// the cursor, in grapheme offsets (`Character` indices) so edits never split a grapheme.
///
/// The cursor column can be `width` (just past a full line), so draw the field in
/// `width + 1` columns: the spare column keeps the cursor visible without re-wrapping.
public struct TextLayout: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    /// The graphemes this line covers, including spaces hidden where it wraps and the
    /// newline that ends it; consecutive lines' ranges touch.
    public let range: Range<Int>
    /// What to draw on this row.
    public let text: String
  }

  public let width: Int
  public let lines: [Line]
  /// The cursor: `x` is its column, `y` its row in `lines`.
  public let cursor: Point
  private let characters: [Character]

  /// `cursor` is a grapheme offset in `0...text.count` (clamped); `width` is at least 1.
  public init(text: String, cursor: Int, width: Int) {
    let width = max(1, width)
    let characters = Array(text)
    let breaks = LineBreaker.lines(characters, width: width)
    var start = 0
    var lines: [Line] = []
    for wrapped in breaks {
      lines.append(Line(range: start..<wrapped.end, text: String(characters[wrapped.content])))
      start = wrapped.end
    }
    self.width = width
    self.characters = characters
    self.lines = lines
    self.cursor = Self.position(of: cursor, lines: lines, characters: characters, width: width)
  }

  /// The row and column where the cursor stands before grapheme `offset`.
  public func position(of offset: Int) -> Point {
    Self.position(of: offset, lines: lines, characters: characters, width: width)
  }

  /// The grapheme offset nearest to (`row`, `column`) without passing it, for Up/Down and
  /// clicks: a column inside a wide character lands before it, a column past the end of
  /// a row lands at its end, and the cursor stays on that row.
  public func offset(row: Int, column: Int) -> Int {
    let row = min(max(0, row), lines.count - 1)
    let line = lines[row]
    // Every row but the last ends with a grapheme that belongs visually to the next row
    // (a newline, or the first hidden space or character where it wraps).
    let limit = row == lines.count - 1 ? line.range.upperBound : line.range.upperBound - 1
    var offset = line.range.lowerBound
    var used = 0
    while offset < limit {
      let columns = DisplayWidth.of(characters[offset])
      if used + columns > column { break }
      used += columns
      offset += 1
    }
    return offset
  }

  /// The first row to show in a view `height` rows tall, scrolled as little as possible
  /// from `top` to keep the cursor in view.
  public func scrollTop(from top: Int, height: Int) -> Int {
    let height = max(1, height)
    var top = min(max(0, top), max(0, lines.count - height))
    if cursor.y < top { top = cursor.y }
    if cursor.y >= top + height { top = cursor.y - height + 1 }
    return top
  }

  private static func position(
    of offset: Int, lines: [Line], characters: [Character], width: Int
  ) -> Point {
    let offset = min(max(0, offset), characters.count)
    let row = lines.lastIndex { $0.range.lowerBound <= offset } ?? 0
    let before = characters[lines[row].range.lowerBound..<offset]
    let column = before.reduce(0) { $0 + DisplayWidth.of($1) }
    return Point(x: min(column, width), y: row)
  }
}
