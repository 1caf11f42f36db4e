/// Why an answer cannot be saved yet, as one line the prompt screen shows under the field.
public struct ValidationError: Error, Equatable, Sendable {
  /// Says what is wrong and what to do, in at most 70 characters.
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  static let required = ValidationError(
    "This answer is required: type it, or press Ctrl-N to come back later.")
  static let pickRequired = ValidationError(
    "Pick an option with Space or its number; Ctrl-N comes back later.")
  static let scaleRequired = ValidationError(
    "Pick a number with the arrow keys or a digit; Ctrl-N comes back later.")

  /// The "required" message in the words of the widget the user is looking at.
  static func required(for kind: PromptKind) -> ValidationError {
    switch kind {
    case .choice: pickRequired
    case .scale: scaleRequired
    default: required
    }
  }

  /// A draft saved before the course file changed the prompt's kind.
  static let kindMismatch = ValidationError(
    "This draft no longer fits the question; clear it and answer again.")
}
