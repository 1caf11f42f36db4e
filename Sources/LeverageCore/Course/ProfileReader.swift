/// Reads a unit's `profile` object (the prompts the colleague spotlight shows and the roles
/// the app reads) and a unit's `earlyCareerNote`.
struct ProfileReader {
  let object: CourseObjectReader

  func inputs(prompts: [Prompt]) -> ProfileInputs? {
    func role(_ field: String, kind: PromptKindName) -> String? {
      object.boundPromptID(field, kind: kind, in: prompts, required: false)
    }
    var shown: Set<String> = []
    func fields(_ key: String, kind: PromptKindName?) -> [ProfileInputs.Field] {
      (object.objects(key, required: false) ?? []).compactMap { item in
        field(item, kind: kind, prompts: prompts, shown: &shown)
      }
    }
    let inputs = ProfileInputs(
      name: role("name", kind: .text), specialty: role("specialty", kind: .text),
      subSpecialties: role("subSpecialties", kind: .text),
      yearsInPractice: role("yearsInPractice", kind: .number),
      currentRole: role("currentRole", kind: .text), location: role("location", kind: .text),
      facts: fields("facts", kind: nil), sections: fields("sections", kind: nil),
      // A pick reads "Summer, not winter": it needs the options of a choice.
      picks: fields("picks", kind: .choice))
    object.reportUnknownFields()
    return inputs
  }

  /// `{"prompt": "years", "label": "Years in practice"}`; a prompt is shown once at most.
  private func field(
    _ item: CourseObjectReader, kind: PromptKindName?, prompts: [Prompt], shown: inout Set<String>
  ) -> ProfileInputs.Field? {
    let promptID = item.boundPromptID("prompt", kind: kind, in: prompts)
    let label = item.string("label")
    item.reportUnknownFields()
    guard let promptID, let label else { return nil }
    guard shown.insert(promptID).inserted else {
      item.problem("prompt", "names prompt \"\(promptID)\", which the profile already shows")
      return nil
    }
    return ProfileInputs.Field(promptID: promptID, label: label)
  }

  func earlyCareerNote() -> EarlyCareerNote? {
    let belowYears = object.number("belowYears")
    let text = object.string("text")
    object.reportUnknownFields()
    if let belowYears, belowYears <= 0 {
      object.problem("belowYears", "must be more than 0 (found \(belowYears.courseText))")
      return nil
    }
    guard let belowYears, let text else { return nil }
    return EarlyCareerNote(belowYears: belowYears, text: text)
  }
}
