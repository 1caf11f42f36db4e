import Foundation
import PlainText

/// Writes for people and scripts outside the TUI.
enum Output {
  /// One line on standard error, with the user's own text made inert.
  static func error(_ message: String) {
    let line = "leverage: " + PlainText.sanitized(message).replacingOccurrences(of: "\n", with: " ")
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  static func line(_ text: String) {
    print(text)
  }
}
