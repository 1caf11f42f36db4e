import LeverageCore
import TerminalUI

/// What a key does in a one-line field, on every screen that has one.
enum LineFieldKey {
  case edit(FieldEdit)
  case submit
  case cancel

  init?(_ key: Key) {
    switch key {
    case .character(let character): self = .edit(.typed(String(character)))
    case .paste(let text): self = .edit(.typed(text))
    case .backspace: self = .edit(.deletedBackward)
    case .delete, .control("d"): self = .edit(.deletedForward)
    // As in an answer: an item's title or an offer's figure is cleared the same way.
    case .control("w"): self = .edit(.deletedWordBackward)
    case .control("u"): self = .edit(.deletedToLineStart)
    case .left, .control("b"): self = .edit(.cursorMoved(.left))
    case .right, .control("f"): self = .edit(.cursorMoved(.right))
    case .home, .control("a"): self = .edit(.cursorMoved(.lineStart))
    case .end, .control("e"): self = .edit(.cursorMoved(.lineEnd))
    case .enter: self = .submit
    case .escape: self = .cancel
    default: return nil
    }
  }
}
