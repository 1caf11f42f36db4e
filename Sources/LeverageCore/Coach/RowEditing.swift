/// What the user is doing to the rows of a table screen (the action items, the offers): the
/// one-line field open on it, and the row waiting for the user to confirm its deletion.
public struct RowEditing<Field: Equatable & Sendable>: Equatable, Sendable {
  /// What Enter will do with the field's text; nil when no field is open.
  public internal(set) var field: Field?
  public internal(set) var buffer = TextBuffer(multiline: false)
  /// The row (by id) waiting for a yes or no.
  public internal(set) var pendingDelete: Int64?

  public init() {}

  /// Opens the field with `text`, the cursor at its end, as a user continuing it expects.
  mutating func open(_ field: Field, text: String) {
    self.field = field
    buffer = TextBuffer(text, multiline: false)
    buffer.move(.lineEnd)
  }

  /// What `event` leaves for the screen to do; the field and the question change here.
  mutating func apply(_ event: RowEvent) -> RowOutcome {
    switch event {
    case .edited(let edit):
      if field != nil { buffer.apply(edit) }
      return .nothing
    case .fieldSubmitted:
      return field == nil ? .nothing : .submit
    case .fieldCancelled:
      field = nil
      return .cancelled
    case .deleteConfirmed:
      guard let id = pendingDelete else { return .nothing }
      pendingDelete = nil
      return .delete(id: id)
    case .deleteCancelled:
      pendingDelete = nil
      return .nothing
    }
  }

  /// Nothing open, nothing asked: how a table screen opens.
  mutating func reset() {
    field = nil
    pendingDelete = nil
  }
}

/// What the user does to a table screen's one-line field and to its delete question: the
/// action items and the offers take the same events, from the same keys.
public enum RowEvent: Equatable, Sendable {
  case edited(FieldEdit)
  case fieldSubmitted
  case fieldCancelled
  case deleteConfirmed
  case deleteCancelled
}

/// What a row event leaves to the screen that owns the rows.
enum RowOutcome: Equatable {
  case nothing
  case cancelled
  /// Turn the field's text into a write.
  case submit
  case delete(id: Int64)
}

extension Coach {
  /// A table screen's field or delete question takes `event`; nil while a write is in flight,
  /// when keys wait. What is left (a submit, a delete) is the screen's own to write.
  static func row<Field>(
    _ state: inout CoachState, _ editing: WritableKeyPath<CoachState, RowEditing<Field>>,
    _ event: RowEvent
  ) -> RowOutcome? {
    guard state.pendingWrite == nil else { return nil }
    let outcome = state[keyPath: editing].apply(event)
    if outcome == .cancelled { state.notice = nil }
    return outcome
  }
}
