import LeverageCore
import TerminalUI

extension KeyMap {
  /// A prompt's keys: moving through the course, scrolling the teaching, then those of its
  /// kind of answer.
  static func prompt(
    _ editor: PromptEditor, teaching: PromptContent, size: Size, after previous: Key?,
    clicks: Clicks
  ) -> [KeyBinding] {
    let limit = teaching.scrollLimit
    let wheel = min(wheelLines, teaching.page)
    var table = [
      KeyBinding(
        "Enter", "save", help: "save the answer and go to the next prompt", keys: [.enter],
        .answerSubmitted),
      // Alt, because the arrows, Shift-arrows and PgUp/PgDn already mean something here; in
      // the footer only when there is more teaching than shows, as its marker says.
      KeyBinding(
        "Alt-↑↓", "teaching",
        help: "scroll the teaching: idea, example, sources, your figures (the wheel too)",
        footer: limit > 0,
        events: [
          .altUp: .teachingScrolled(by: -teaching.page, limit: limit),
          .altDown: .teachingScrolled(by: teaching.page, limit: limit),
          .wheelUp: .teachingScrolled(by: -wheel, limit: limit),
          .wheelDown: .teachingScrolled(by: wheel, limit: limit),
        ]),
    ]
    switch editor.kind {
    case .choice(let rule) where editor.activeFieldIndex == nil:
      table += choiceRow(multiple: rule.multiple)
    case .scale:
      table += scale
    case .text:
      table += [
        KeyBinding("Ctrl-J", "new line", keys: [.control("j")], .newLineRequested),
        // A text answer is one field: Tab has no next one to go to, and says so.
        KeyBinding(
          "Tab", "no tab", help: "nothing in a text answer (one field; Ctrl-J for a new line)",
          footer: false, keys: [.tab],
          .keyExplained("Tab does nothing in a text answer: Ctrl-J starts a new line.")),
        KeyBinding("Ctrl-X Ctrl-E", "edit", help: "write the answer in $VISUAL or $EDITOR") {
          $0 == .control("e") && previous == .control("x") ? .editInEditor : nil
        },
      ]
    case .list:
      table += [
        KeyBinding(
          "Tab", "next item", help: "next item; past the last, a new one", keys: [.tab],
          .focusMoved(by: 1)),
        KeyBinding("Ctrl-J", "new item", footer: false, keys: [.control("j")], .newLineRequested),
        KeyBinding(
          "Shift-↑↓", "move item", help: "move the item up or down (ranking)", footer: false,
          events: [.shiftUp: .itemMoved(by: -1), .shiftDown: .itemMoved(by: 1)]),
      ]
    case .template:
      table.append(KeyBinding("Tab", "next blank", keys: [.tab], .focusMoved(by: 1)))
    case .choice, .money, .percent, .number, .date:
      table.append(
        KeyBinding(
          "Tab", "next", help: "next option or field", footer: false, keys: [.tab],
          .focusMoved(by: 1)))
    }
    table += [
      KeyBinding(
        "Esc", "map", help: "the course map (your draft is kept)", keys: [.escape], .mapRequested),
      SharedKeys.quit,
      KeyBinding(
        "Ctrl-N/P", "next/prev", help: "next / previous prompt, keeping a draft (PgDn, PgUp too)",
        events: [
          .control("n"): .nextPromptRequested, .pageDown: .nextPromptRequested,
          .control("p"): .previousPromptRequested, .pageUp: .previousPromptRequested,
        ]),
      KeyBinding(
        "Shift-Tab", "back", help: "previous item, blank or option", footer: false,
        keys: [.backTab], .focusMoved(by: -1)),
    ]
    let click = clicks.binding(help: "choose the item, blank, option or number clicked")
    if case .choice = editor.kind, editor.activeFieldIndex == nil { return table + [click] }
    if case .scale = editor.kind { return table + [click] }
    return table + answerEditing(editor, size: size) + [click]
  }

  private static func choiceRow(multiple: Bool) -> [KeyBinding] {
    [
      KeyBinding(
        "Space", multiple ? "tick" : "pick", help: "tick or pick the highlighted option",
        keys: [.character(" ")], .optionToggled),
      KeyBinding(
        "↑↓", "move", help: "move between options", footer: false,
        events: [.up: .focusMoved(by: -1), .down: .focusMoved(by: 1)]),
      KeyBinding("1-9", "pick", help: "pick an option by its number", footer: false) { key in
        guard case .character(let character) = key, let number = character.wholeNumberValue,
          (1...9).contains(number)
        else { return nil }
        return .coach(.optionPicked(number - 1))
      },
    ]
  }

  private static let scale: [KeyBinding] = [
    KeyBinding(
      "←→", "choose", help: "step along the scale (↑↓ too)",
      events: [
        .left: .scaleStepped(by: -1), .down: .scaleStepped(by: -1),
        .right: .scaleStepped(by: 1), .up: .scaleStepped(by: 1),
      ]),
    KeyBinding("0-9", "set", help: "set the scale to a number", footer: false) { key in
      guard case .character(let character) = key, let number = character.wholeNumberValue
      else { return nil }
      return .coach(.scaleSet(number))
    },
  ]

  /// The one-line editing keys, and Up and Down: in a wrapped text answer they follow the
  /// lines the user sees, so the move needs the layout width; elsewhere they change field.
  private static func answerEditing(_ editor: PromptEditor, size: Size) -> [KeyBinding] {
    let vertical = KeyBinding(
      "↑↓", "move", help: "move between lines, items and blanks", footer: false
    ) { key in
      guard key == .up || key == .down else { return nil }
      let step = key == .up ? -1 : 1
      if case .text = editor.kind, let buffer = editor.activeField {
        return verticalMove(in: buffer, by: step, size: size).map(AppCommand.coach)
      }
      return .coach(.focusMoved(by: step))
    }
    return [vertical] + SharedKeys.lineEditing(answerEdit)
  }

  private static func answerEdit(_ edit: FieldEdit) -> CoachEvent {
    switch edit {
    case .typed(let text): .typed(text)
    case .deletedBackward: .deletedBackward
    case .deletedForward: .deletedForward
    case .deletedWordBackward: .deletedWordBackward
    case .deletedToLineStart: .deletedToLineStart
    case .cursorMoved(let movement): .cursorMoved(movement)
    }
  }

  private static func verticalMove(in buffer: TextBuffer, by step: Int, size: Size) -> CoachEvent? {
    let width = PromptScreen.answerTextWidth(for: size)
    let layout = TextLayout(text: buffer.text, cursor: buffer.cursor, width: width)
    let row = layout.cursor.y + step
    guard row >= 0, row < layout.lines.count else { return nil }
    return .cursorMoved(.to(layout.offset(row: row, column: layout.cursor.x)))
  }
}
