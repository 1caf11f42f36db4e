/// An edit to a one-line field: an action item's title or due date, an offer's name or
/// figure. The screens with such a field share it, and `TextBuffer` applies it.
public enum FieldEdit: Equatable, Sendable {
  case typed(String)
  case deletedBackward
  case deletedForward
  case deletedWordBackward
  case deletedToLineStart
  case cursorMoved(CursorMovement)
}

extension TextBuffer {
  mutating func apply(_ edit: FieldEdit) {
    switch edit {
    case .typed(let text): insert(text)
    case .deletedBackward: deleteBackward()
    case .deletedForward: deleteForward()
    case .deletedWordBackward: deleteWordBackward()
    case .deletedToLineStart: deleteToLineStart()
    case .cursorMoved(let movement): move(movement)
    }
  }
}
