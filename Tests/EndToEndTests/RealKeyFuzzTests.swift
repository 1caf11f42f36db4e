import Foundation
import Testing

/// Random keys, half escape sequences, a large bracketed paste and a storm of resizes sent
/// to the real binary: afterwards it still draws, quits cleanly and restores the terminal.
@Suite(.serialized) struct RealKeyFuzzTests {
  /// Everything but the keys that leave the app (Ctrl-Q, Ctrl-C, Ctrl-Z).
  static let keys = [
    "Enter", "Tab", "BTab", "BSpace", "DC", "Escape", "Up", "Down", "Left", "Right", "Home",
    "End", "PPage", "NPage", "F1", "F2", "F5", "S-Up", "S-Down", "C-Left", "M-b", "C-j", "C-n",
    "C-p", "C-w", "C-u", "C-a", "C-e", "C-l", "Space", "a", "é", "日", "/", "r", "x", "1",
  ]
  static let sequences = ["\u{1B}[", "\u{1B}[1;", "\u{1B}]0;title", "\u{1B}O", "\u{1B}[200~"]

  /// 100 KB in `make test`; `make soak` pastes 1 MB.
  static let pasteSize =
    ProcessInfo.processInfo.environment["LEVERAGE_SOAK_PASTE"].flatMap { Int($0) } ?? 100_000

  @Test func theAppSurvivesRandomInputAndResizes() throws {
    let tmux = try TmuxSession()
    try tmux.launchApp()
    try tmux.waitFor("Press Enter to begin")
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % 1_000_000)
    }
    for step in 0..<400 {
      switch next() % 20 {
      case 0: try tmux.sendLiteral(Self.sequences[next() % Self.sequences.count])
      case 1: try tmux.resize(width: next() % 120 + 1, height: next() % 40 + 1)
      // Bytes that are not UTF-8: a lone continuation byte, an overlong form, a cut sequence.
      case 2: try tmux.sendBytes(["80", "c0", "af", "e2", "82", "ff"])
      default: try tmux.send(Self.keys[next() % Self.keys.count])
      }
      if step == 200 {
        try tmux.paste(String(repeating: "pasted text ", count: Self.pasteSize / 12))
      }
    }
    try tmux.resize(width: 80, height: 24)
    // A paste opened by a stray `ESC [200~` and never closed takes the keys after it as text
    // until a second of quiet ends it, so Ctrl-Q is sent until the app answers.
    let exit = try tmux.quitUntilExit()
    #expect(exit.status == 0)
    #expect(exit.terminalRestored)
  }
}
