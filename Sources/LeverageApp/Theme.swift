import TerminalUI

/// The app's styles, named by role so every screen looks of a piece. Each reads clearly in
/// bold, dim and reverse alone, for terminals without colour and `NO_COLOR` users.
enum Theme {
  static let title = Style(bold: true, color: .accent)
  static let heading = Style(bold: true)
  static let body = Style.plain
  static let muted = Style(dim: true)
  static let source = Style(dim: true, color: .muted)
  static let selected = Style(bold: true, reverse: true)
  static let focusedField = Style(underline: true)
  static let field = Style.plain
  static let error = Style(bold: true, color: .danger)
  static let info = Style(color: .success)
  static let key = Style(bold: true)
  static let rule = Style(dim: true)
}
