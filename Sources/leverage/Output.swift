import Foundation
import PlainText

/// Writes for people and scripts outside the TUI.
enum Output {
  /// On standard error, with the user's own text made inert: one line for most problems,
  /// one line each when there are several (a course file's problems, a usage message).
  static func error(_ message: String) {
    let text = "leverage: " + PlainText.sanitized(message).trimmingCharacters(in: .newlines)
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static func line(_ text: String) {
    print(text)
  }
}
