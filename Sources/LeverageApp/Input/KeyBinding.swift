import LeverageCore
import TerminalUI

/// One line of a screen's key table: the keys, what they do, and the command they send. The
/// table drives the screen's key handling, its footer and its F1 help, so the three cannot
/// disagree.
struct KeyBinding: Sendable {
  /// The keys as the footer and F1 name them: "Enter", "↑↓", "Ctrl-W / Ctrl-U".
  let label: String
  /// A word or two for the footer.
  let action: String
  /// The line F1 shows.
  let help: String
  /// Whether the footer shows it (when it fits, in table order).
  let inFooter: Bool
  /// The command for a key, or nil when this line does not take it: the next line may.
  let command: @Sendable (Key) -> AppCommand?

  init(
    _ label: String, _ action: String, help: String? = nil, footer: Bool = true,
    command: @escaping @Sendable (Key) -> AppCommand?
  ) {
    self.label = label
    self.action = action
    self.help = help ?? action
    self.inFooter = footer
    self.command = command
  }

  /// A line for fixed keys that all send one event.
  init(
    _ label: String, _ action: String, help: String? = nil, footer: Bool = true, keys: [Key],
    _ event: CoachEvent
  ) {
    self.init(label, action, help: help, footer: footer) { keys.contains($0) ? .coach(event) : nil }
  }

  /// A line whose keys each send their own event.
  init(
    _ label: String, _ action: String, help: String? = nil, footer: Bool = true,
    events: [Key: CoachEvent]
  ) {
    self.init(label, action, help: help, footer: footer) { events[$0].map(AppCommand.coach) }
  }
}

extension [KeyBinding] {
  /// The first line that takes the key decides.
  func command(for key: Key) -> AppCommand? {
    lazy.compactMap { $0.command(key) }.first
  }
}

/// The lines every screen shares: the app's own keys, one confirmation, one line editor.
enum SharedKeys {
  static let quit = KeyBinding(
    "Ctrl-Q", "quit", help: "quit; your draft is kept", keys: [.control("q")], .quitRequested)
  static let help = KeyBinding(
    "F1", "help", help: "show or hide the keys of this screen", keys: [.function(1)],
    .helpToggled)

  /// Taken before any screen's table, on every screen.
  static let app: [KeyBinding] = [
    quit, help,
    KeyBinding(
      "Ctrl-C", "quit", help: "quit at once; your draft is kept", footer: false,
      keys: [.control("c")],
      .signalReceived(exitStatus: TerminalSignal.interrupt.exitStatus)),
    KeyBinding("Ctrl-Z", "suspend", help: "suspend; `fg` brings Leverage back", footer: false) {
      $0 == .control("z") ? .suspend : nil
    },
    KeyBinding("Ctrl-L", "redraw", help: "draw the screen again", footer: false) {
      $0 == .control("l") ? .redraw : nil
    },
  ]

  /// Every yes-or-no question: y says yes; n or Esc says no; other keys wait for an answer.
  static func confirmation(yes: String, _ yesEvent: CoachEvent, no: String, _ noEvent: CoachEvent)
    -> [KeyBinding]
  {
    [
      KeyBinding("y", yes, keys: [.character("y"), .character("Y")], yesEvent),
      KeyBinding(
        "n", no, help: "\(no) (Esc too)", keys: [.character("n"), .character("N"), .escape], noEvent
      ),
    ]
  }

  /// The keys of every screen of lines that scrolls (the profile card, the brief): ↑↓ a line,
  /// PgUp PgDn and Space a `page`, Home End the ends. The limit depends on the lines at the
  /// terminal's size, so only a scroll key lays them out: the footer, drawn every frame,
  /// needs none.
  /// Where ↑↓ already mean something (the review's revisions), `byLines: false` leaves them.
  static func scrolling(
    _ what: String, page: Int, byLines: Bool = true, footer: Bool = true,
    limit: @escaping @Sendable () -> Int,
    _ scrolled: @escaping @Sendable (_ by: Int, _ limit: Int) -> CoachEvent
  ) -> KeyBinding {
    let wheel = min(KeyMap.wheelLines, page)
    let pages: [Key: Int] = [
      .pageUp: -page, .pageDown: page, .character(" "): page, .home: Int.min / 2,
      .end: Int.max / 2, .wheelUp: -wheel, .wheelDown: wheel,
    ]
    let steps = byLines ? pages.merging([.up: -1, .down: 1]) { $1 } : pages
    let (label, others) = byLines ? ("↑↓", "PgUp, PgDn, Space") : ("PgUp PgDn", "Space")
    return KeyBinding(
      label, "scroll", help: "scroll \(what) (\(others), Home, End, the wheel too)",
      footer: footer
    ) { key in
      guard let step = steps[key] else { return nil }
      let limit = limit()
      return .coach(scrolled(max(-limit, min(limit, step)), limit))
    }
  }

  /// The editing keys of every one-line field: answers, action items, offer cells, the
  /// review's search and the export's path.
  static func lineEditing(_ edit: @escaping @Sendable (FieldEdit) -> CoachEvent) -> [KeyBinding] {
    let moves: [Key: CursorMovement] = [
      .left: .left, .control("b"): .left, .right: .right, .control("f"): .right,
      .home: .lineStart, .control("a"): .lineStart, .end: .lineEnd, .control("e"): .lineEnd,
      .wordLeft: .wordLeft, .wordRight: .wordRight,
    ]
    let deletions: [Key: FieldEdit] = [
      .backspace: .deletedBackward, .delete: .deletedForward, .control("d"): .deletedForward,
      .control("w"): .deletedWordBackward, .control("u"): .deletedToLineStart,
    ]
    return [
      KeyBinding("type", "write", help: "type or paste into the field", footer: false) { key in
        switch key {
        case .character(let character): .coach(edit(.typed(String(character))))
        case .paste(let text): .coach(edit(.typed(text)))
        default: nil
        }
      },
      KeyBinding(
        "← → Home End", "move", help: "move in the field (Ctrl-B, Ctrl-F, Ctrl-A, Ctrl-E too)",
        footer: false
      ) { moves[$0].map { .coach(edit(.cursorMoved($0))) } },
      KeyBinding(
        "Ctrl-W / Ctrl-U", "delete",
        help: "delete the word / the line before the cursor (Backspace, Delete one character)",
        footer: false
      ) { deletions[$0].map { .coach(edit($0)) } },
    ]
  }
}
