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

/// The events of a screen with one-line fields (the action items, the offers): one key
/// table serves them all.
public protocol LineFieldEvents {
  static func edited(_ edit: FieldEdit) -> Self
  static var fieldSubmitted: Self { get }
  static var fieldCancelled: Self { get }
}

extension ActionItemsEvent: LineFieldEvents {}
extension OffersEvent: LineFieldEvents {}
