import Foundation

/// The real `leverage` binary running in tmux on a private socket, so a user's own tmux is
/// never touched. Keys go in with send-keys; the screen comes back with capture-pane.
final class TmuxSession {
  let name: String
  let socket: String
  let folder: URL

  /// The binary under test: `LEVERAGE_BIN`, else the one built beside the test bundle.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["LEVERAGE_BIN"] { return path }
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("leverage").path
  }

  /// The journal this session's app uses: in its own folder, another session's, or a path.
  let journal: String

  /// Automatic backups on, into this session's folder, so every run through tmux makes them
  /// as a user's would and the test's clean-up removes them; the home folder (where exports
  /// go by default) is the session's folder too, so no test writes into the real one.
  var sessionEnvironment: [String: String] {
    [
      "LEVERAGE_BACKUPS": "1", "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
      "HOME": folder.path,
    ]
  }

  init(
    width: Int = 80, height: Int = 24, shell: String = "/bin/sh",
    journalOf other: TmuxSession? = nil, journalAt path: String? = nil
  ) throws {
    name = "e2e"
    socket = "leverage-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    journal = path ?? other?.journal ?? folder.appendingPathComponent("journal.sqlite").path
    try tmux(
      "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), "-c",
      folder.path, shell)
  }

  deinit {
    _ = try? tmux("kill-server")
    try? FileManager.default.removeItem(at: folder)
  }

  func resize(width: Int, height: Int) throws {
    try tmux("resize-window", "-t", name, "-x", String(width), "-y", String(height))
  }

  /// Pastes `text` as a terminal does with bracketed paste on.
  func paste(_ text: String) throws {
    // Through a file: a megabyte is more than one command-line argument may hold.
    let file = folder.appendingPathComponent("paste.txt")
    try Data(text.utf8).write(to: file)
    try tmux("load-buffer", "-b", "e2e", file.path)
    try tmux("paste-buffer", "-p", "-b", "e2e", "-t", name)
  }

  /// Starts the app in the pane's shell. The shell records the terminal's settings
  /// (`stty -g`) before and after, and the exit status, so tests can check all was restored.
  /// `wrapper` runs the binary, e.g. to start it with a signal blocked.
  func launchApp(
    arguments: String = "", environment: String = "TERM=xterm-256color", wrapper: String = ""
  ) throws {
    for name in ["before.txt", "after.txt", "status.txt"] {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
    try clearScreen()
    let file = { (name: String) in "'\(self.folder.appendingPathComponent(name).path)'" }
    let command =
      "stty -g > \(file("before.txt")); "
      + "env TERM=xterm-256color \(sessionVariables) \(environment) \(wrapper) '\(Self.binary)'"
      + " --journal '\(journal)'"
      + " \(arguments);"
      + " echo $? > \(file("status.txt")); stty -g > \(file("after.txt"))"
    try sendLiteral(command)
    try send("C-j")
  }

  /// Restores and clears the terminal, as a user would after `kill -9` left it raw, and waits
  /// until nothing but the shell's prompt is on screen. Ctrl-J ends the line even in raw mode.
  private func clearScreen() throws {
    try sendLiteral("stty sane; clear")
    try send("C-j")
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      // Only the shell's prompt is left: one line, with nothing of the app on it.
      let lines = try screen().split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
      if lines.count <= 1, !(lines.first?.contains("Leverage") ?? false) { return }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw E2EError.timeout("waiting for a clear screen:\n\(try screen())")
  }

  /// Launches the app on its new journal and begins the course at the first prompt.
  func beginCourse() throws {
    try launchApp()
    try waitFor("Press Enter to begin")
    try send("Enter")
    try waitFor("Prompt 1 of")
  }

  /// Launches the app and opens the debrief, the course map's last row, at its first
  /// question.
  func openDebrief() throws {
    try launchApp()
    try waitFor("Press Enter to begin")
    try send("Escape")
    try waitFor("Course map")
    for _ in 0..<3 { try send("PageDown") }
    try waitFor("▸  ·  After the meeting: debrief")
    try send("Enter")
    try waitFor("What did they offer")
  }

  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Raw bytes, given in hex, whether or not they make valid UTF-8.
  func sendBytes(_ hex: [String]) throws {
    try tmux(["send-keys", "-t", name, "-H"] + hex)
  }

  func sendLiteral(_ text: String) throws {
    try tmux("send-keys", "-t", name, "-l", text)
  }

  /// The left button pressed and released on column `x`, row `y` (from 0), as a terminal
  /// reports it in the SGR mouse mode the app turns on.
  func click(x: Int, y: Int) throws {
    try sendLiteral("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
  }

  /// One notch of the mouse wheel, down (towards the end) or up, over column 0, row 0.
  func wheel(down: Bool) throws {
    try sendLiteral("\u{1B}[<\(down ? 65 : 64);1;1M")
  }

  /// Whether the program in the pane asked the terminal to report the mouse.
  func reportsMouse() throws -> Bool {
    try tmux("display-message", "-p", "-t", name, "#{mouse_any_flag}")
      .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
  }

  func screen() throws -> String {
    try tmux("capture-pane", "-t", name, "-p")
  }

  /// Waits until the screen shows `text`; fails with the screen as it stands.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw E2EError.timeout("waiting for \"\(text)\"; the screen shows:\n\(last)")
  }

  /// Polls the journal's draft table until it holds `text`, for a test that must act only
  /// once the draft timer has saved; drafts are stored as JSON, so the text is looked for as
  /// JSON writes it.
  func waitForDraft(_ text: String, seconds: Double = 10) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let drafts = try Command.run(["sqlite3", journal, "SELECT inputJSON FROM draft"]).output
      if drafts.contains(text) { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw E2EError.timeout("the draft \(text) never reached the journal")
  }

  /// Sends Ctrl-Q until the app exits, for a moment when it may still be taking keys as
  /// text: an unfinished paste ends only after a second of quiet, so each try waits longer
  /// than that, or the next Ctrl-Q would keep the paste open.
  func quitUntilExit(seconds: Double = 30) throws -> Exit {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      try send("C-q")
      if let exit = try? waitForExit(seconds: 2) { return exit }
    }
    return try waitForExit(seconds: 0)
  }

  /// How a run ended: its status, and whether the terminal's settings were as before.
  struct Exit {
    let status: Int32
    let terminalRestored: Bool
  }

  /// Waits for the app to exit and reports its status and the terminal's state.
  func waitForExit(seconds: Double = 10) throws -> Exit {
    let deadline = Date().addingTimeInterval(seconds)
    let read = { (name: String) in
      try? String(contentsOf: self.folder.appendingPathComponent(name), encoding: .utf8)
    }
    while Date() < deadline {
      if let after = read("after.txt"), !after.isEmpty, let status = read("status.txt") {
        return Exit(
          status: Int32(status.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1,
          terminalRestored: after == read("before.txt"))
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw E2EError.timeout("waiting for the app to exit; the screen shows:\n\(try screen())")
  }

  private var sessionVariables: String {
    sessionEnvironment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }
      .joined(separator: " ")
  }

  /// Runs the binary outside tmux (a subcommand) and returns its status and standard output,
  /// with the session's backups.
  func runCommand(_ arguments: [String], environment: [String: String] = [:]) throws
    -> Command.Result
  {
    try Command.run(
      [Self.binary] + arguments + ["--journal", journal],
      environment: sessionEnvironment.merging(environment) { _, given in given })
  }

  @discardableResult
  private func tmux(_ arguments: String...) throws -> String {
    try tmux(arguments)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    try Command.run(["tmux", "-L", socket] + arguments).output
  }
}

enum E2EError: Error, CustomStringConvertible {
  case timeout(String)

  var description: String {
    switch self {
    case .timeout(let detail): "timed out " + detail
    }
  }
}
