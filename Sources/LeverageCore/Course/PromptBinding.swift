/// Units opt into a feature (`economics`, `ladder`, `debrief`, `profile`) with an object whose fields
/// name the unit's prompts that feature reads.
extension CourseObjectReader {
  /// The prompt id in `field`, when the unit has that prompt and it is of the kind the feature
  /// reads (any kind when `kind` is nil); otherwise a problem is reported and the result is nil.
  func boundPromptID(
    _ field: String, kind: PromptKindName?, in prompts: [Prompt], required: Bool = true
  ) -> String? {
    guard let id = string(field, required: required) else { return nil }
    guard let prompt = prompts.first(where: { $0.id == id }) else {
      problem(field, "names prompt \"\(id)\", which this unit does not have")
      return nil
    }
    if let kind, prompt.kind.name != kind {
      let found = prompt.kind.name.rawValue
      problem(field, "names prompt \"\(id)\", a \(found) prompt; it must be a \(kind.rawValue) one")
      return nil
    }
    return id
  }
}
