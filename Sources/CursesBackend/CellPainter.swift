import CNcurses
import TerminalUI

/// Writes cells into the curses window so that curses, the terminal and `Screen` agree on
/// every column, and maps `Style` to attributes and colour pairs.
struct CellPainter {
  /// ncurses keeps a spacing character and at most four combining ones per cell.
  private static let maxCharactersPerCell = 5
  private let usesColor: Bool

  /// Sets up the colour pairs, unless the terminal has no colours or `NO_COLOR` is set.
  init(noColor: Bool) {
    usesColor = !noColor && has_colors()
    guard usesColor else { return }
    start_color()
    use_default_colors()
    for color in Color.allCases {
      if let foreground = Self.foreground(color) {
        init_pair(Int16(color.rawValue), foreground, -1)
      }
    }
  }

  /// Draws the grapheme of `cell` at (`x`, `y`) over `width` columns.
  func paint(_ cell: Cell, width: Int, x: Int, y: Int) {
    let window = cn_stdscr()
    var attributes: attr_t = 0
    var pair: Int16 = 0
    let style = cell.style
    if style.bold { attributes |= cn_a_bold() }
    if style.reverse { attributes |= cn_a_reverse() }
    if style.underline { attributes |= cn_a_underline() }
    if style.dim || style.color == .muted { attributes |= cn_a_dim() }
    if usesColor, let color = style.color, Self.foreground(color) != nil {
      pair = Int16(color.rawValue)
    }
    wmove(window, Int32(y), Int32(x))
    wattr_set(window, attributes, pair, nil)
    let glyph = Self.glyph(cell.text, width: width)
    _ = glyph.withUnsafeBufferPointer { waddnwstr(window, $0.baseAddress, Int32($0.count)) }
  }

  /// The wide characters to send for `text` so curses counts exactly `width` columns, as
  /// `Screen` did. curses measures with `wcwidth`, one scalar at a time, so an emoji ZWJ
  /// sequence or skin tone would count 4 or more: such graphemes are cut to their base,
  /// padded with spaces, and a scalar this locale cannot print becomes `?`.
  static func glyph(_ text: String, width: Int) -> [wchar_t] {
    var glyph: [wchar_t] = []
    var used = 0
    for scalar in text.unicodeScalars {
      if scalar.value == 0x200D || glyph.count == maxCharactersPerCell { break }
      let columns = Int(cn_wcwidth(wchar_t(bitPattern: scalar.value)))
      if glyph.isEmpty, columns <= 0 {
        glyph.append(wchar_t(UInt8(ascii: "?")))
        used = 1
        break
      }
      if columns < 0 || used + columns > width { break }
      glyph.append(wchar_t(bitPattern: scalar.value))
      used += columns
    }
    while used < width {
      glyph.append(wchar_t(UInt8(ascii: " ")))
      used += 1
    }
    return glyph
  }

  private static func foreground(_ color: Color) -> Int16? {
    switch color {
    case .accent: Int16(COLOR_CYAN)
    case .muted: nil
    case .danger: Int16(COLOR_RED)
    case .success: Int16(COLOR_GREEN)
    case .warning: Int16(COLOR_YELLOW)
    }
  }
}
