import Foundation
import LeverageCore

/// The user's own editor for a long answer, as bash's Ctrl-X Ctrl-E and jrnl open it: the
/// text goes into a private temporary file, `$VISUAL` (else `$EDITOR`) edits it, and the
/// file is read back and removed whatever happened.
public enum ExternalEditor {
  public static func edit(
    _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> CoachEvent {
    guard let command = ShellCommand.configured(["VISUAL", "EDITOR"], in: environment) else {
      return .editorFailed(message: "Set $VISUAL or $EDITOR to write this answer in your editor.")
    }
    var template = Array(
      (NSTemporaryDirectory() + "/leverage-answer-XXXXXX.txt").utf8CString)
    // mkstemps creates the file 0600, so the draft is never readable by others.
    let descriptor = mkstemps(&template, 4)
    guard descriptor >= 0 else {
      return .editorFailed(message: "Could not make a temporary file for your editor.")
    }
    let path = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { unlink(path) }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: Data(text.utf8))
      try handle.close()
    } catch {
      return .editorFailed(message: "Could not write the answer for your editor.")
    }
    let status = ShellCommand.run(command, arguments: [path])
    guard status == 0 else {
      let how = status.map { "exited with status \($0)" } ?? "could not be started"
      return .editorFailed(message: "Your editor \(how); the answer is as it was.")
    }
    guard let data = FileManager.default.contents(atPath: path),
      let edited = String(data: data, encoding: .utf8)
    else {
      return .editorFailed(
        message: "Your editor left text that is not UTF-8; the answer is as it was.")
    }
    return .editorReturned(withoutFinalNewline(edited))
  }

  /// Editors end a file with a newline the user did not type as part of the answer.
  static func withoutFinalNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
  }
}
