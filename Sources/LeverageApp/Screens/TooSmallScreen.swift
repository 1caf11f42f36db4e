import TerminalUI

/// Shown instead of a garbled layout when the window is below the minimum size.
enum TooSmallScreen {
  static func draw(size: Size, on screen: inout Screen) {
    let minimum = Render.minimumSize
    let message =
      "Make the window larger: Leverage needs \(minimum.width)x\(minimum.height), "
      + "this one is \(size.width)x\(size.height). Ctrl-Q quits."
    screen.putWrapped(message, in: Rect(size: size), style: Theme.heading)
    screen.cursor = nil
  }
}
