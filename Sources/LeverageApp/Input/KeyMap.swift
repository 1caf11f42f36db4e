import LeverageCore
import TerminalUI

/// Turns a key into what it means on the current screen. Pure, so every binding is tested.
public enum KeyMap {
  /// `previous` is the key before this one, for the two-key Ctrl-X Ctrl-E.
  public static func command(
    for key: Key, after previous: Key? = nil, state: CoachState, size: Size
  ) -> AppCommand? {
    if state.showsHelp { return .coach(.helpToggled) }
    if previous == .control("x"), key == .control("e"), case .prompt = state.route,
      case .text? = state.editor?.kind
    {
      return .editInEditor
    }
    switch key {
    case .control("q"): return .coach(.quitRequested)
    case .control("c"):
      return .coach(.signalReceived(exitStatus: TerminalSignal.interrupt.exitStatus))
    case .control("z"): return .suspend
    case .control("l"): return .redraw
    case .function(1): return .coach(.helpToggled)
    default: break
    }
    switch state.route {
    case .welcome: return welcome(key).map(AppCommand.coach)
    case .map: return map(key, state: state).map(AppCommand.coach)
    case .prompt:
      guard let editor = state.editor else { return nil }
      return prompt(key, editor: editor, size: size).map(AppCommand.coach)
    case .review:
      guard let review = state.review else { return nil }
      return ReviewKeyMap.event(for: key, review: review).map(AppCommand.coach)
    case .profile: return profileCard(key).map(AppCommand.coach)
    case .actionItems: return actionItems(key, state.actions).map(AppCommand.coach)
    case .offers: return offers(key, state.offers).map(AppCommand.coach)
    case .brief: return brief(key, state: state, size: size).map(AppCommand.coach)
    case .export:
      return export(key, state: state).map(AppCommand.coach)
    }
  }

  private static func welcome(_ key: Key) -> CoachEvent? {
    switch key {
    case .enter: .beginRequested
    case .escape: .mapRequested
    case .character("p"), .character("P"): .profile(.editRequested)
    default: nil
    }
  }

  private static func map(_ key: Key, state: CoachState) -> CoachEvent? {
    switch key {
    case .up, .backTab: .mapSelectionMoved(by: -1)
    case .down, .tab: .mapSelectionMoved(by: 1)
    case .pageUp: .mapSelectionMoved(by: -5)
    case .pageDown: .mapSelectionMoved(by: 5)
    case .home: .mapSelectionMoved(by: -state.outline.stops.count)
    case .end: .mapSelectionMoved(by: state.outline.stops.count)
    case .enter: .unitOpened(state.mapSelection)
    case .escape: .mapRequested
    case .character("r"): .review(.opened)
    case .character("p"): .profile(.shown)
    case .character("a"): .actionItems(.opened)
    case .character("x"): .export(.opened)
    case .character("o"): .offers(.opened)
    case .character("b"): .brief(.opened)
    default: nil
    }
  }

  private static func prompt(_ key: Key, editor: PromptEditor, size: Size) -> CoachEvent? {
    if let event = navigation(key) { return event }
    switch editor.kind {
    case .choice where editor.activeFieldIndex == nil:
      return choiceRow(key)
    case .scale:
      return scale(key)
    default:
      return editing(key, editor: editor, size: size)
    }
  }

  private static func navigation(_ key: Key) -> CoachEvent? {
    switch key {
    case .enter: .answerSubmitted
    case .escape: .mapRequested
    case .control("n"), .pageDown: .nextPromptRequested
    case .control("p"), .pageUp: .previousPromptRequested
    case .tab: .focusMoved(by: 1)
    case .backTab: .focusMoved(by: -1)
    case .shiftUp: .itemMoved(by: -1)
    case .shiftDown: .itemMoved(by: 1)
    default: nil
    }
  }

  private static func choiceRow(_ key: Key) -> CoachEvent? {
    switch key {
    case .up: .focusMoved(by: -1)
    case .down: .focusMoved(by: 1)
    case .character(" "): .optionToggled
    case .character(let character):
      character.wholeNumberValue.flatMap { (1...9).contains($0) ? .optionPicked($0 - 1) : nil }
    default: nil
    }
  }

  private static func scale(_ key: Key) -> CoachEvent? {
    switch key {
    case .left, .down: .scaleStepped(by: -1)
    case .right, .up: .scaleStepped(by: 1)
    case .character(let character): character.wholeNumberValue.map { .scaleSet($0) }
    default: nil
    }
  }

  private static func editing(_ key: Key, editor: PromptEditor, size: Size) -> CoachEvent? {
    switch key {
    case .character(let character): return .typed(String(character))
    case .paste(let text): return .typed(text)
    case .control("j"): return .newLineRequested
    case .backspace: return .deletedBackward
    case .delete, .control("d"): return .deletedForward
    case .control("w"): return .deletedWordBackward
    case .control("u"): return .deletedToLineStart
    case .left, .control("b"): return .cursorMoved(.left)
    case .right, .control("f"): return .cursorMoved(.right)
    case .home, .control("a"): return .cursorMoved(.lineStart)
    case .end, .control("e"): return .cursorMoved(.lineEnd)
    case .wordLeft: return .cursorMoved(.wordLeft)
    case .wordRight: return .cursorMoved(.wordRight)
    case .up, .down:
      let step = key == .up ? -1 : 1
      if case .text = editor.kind, let buffer = editor.activeField {
        return verticalMove(in: buffer, by: step, size: size)
      }
      return .focusMoved(by: step)
    default: return nil
    }
  }

  /// Up and Down follow the wrapped lines the user sees, so the move needs the layout width.
  private static func verticalMove(in buffer: TextBuffer, by step: Int, size: Size) -> CoachEvent? {
    let width = PromptScreen.answerTextWidth(for: size)
    let layout = TextLayout(text: buffer.text, cursor: buffer.cursor, width: width)
    let row = layout.cursor.y + step
    guard row >= 0, row < layout.lines.count else { return nil }
    return .cursorMoved(.to(layout.offset(row: row, column: layout.cursor.x)))
  }
}

extension KeyMap {
  /// While a replace is being confirmed only y and n (or Esc, meaning no) count.
  static func export(_ key: Key, state: CoachState) -> CoachEvent? {
    if state.exportForm?.confirmingReplace == true {
      switch key {
      case .character("y"), .character("Y"): return .export(.replaceAnswered(true))
      case .character("n"), .character("N"), .escape: return .export(.replaceAnswered(false))
      default: return nil
      }
    }
    switch key {
    case .up, .backTab: return .export(.formatMoved(by: -1))
    case .down, .tab: return .export(.formatMoved(by: 1))
    case .enter: return .export(.confirmed)
    case .escape: return .mapRequested
    default:
      guard case .edit(let edit)? = LineFieldKey(key) else { return nil }
      return .export(.pathEdited(edit))
    }
  }
}
