/// Reads the course's top-level `brief` object: for each section, the `"unit-id/prompt-id"`
/// of the prompt it shows, which must exist and be of the kind the section reads.
struct BriefReader {
  let object: CourseObjectReader

  func inputs(units: [Unit]) -> BriefInputs? {
    var prompts: [BriefSection: PromptKey] = [:]
    var complete = true
    for section in BriefSection.allCases {
      guard let (field, kind) = section.binding else { continue }
      if let key = promptKey(field, kind: kind, units: units) {
        prompts[section] = key
      } else {
        complete = false
      }
    }
    object.reportUnknownFields()
    return complete ? BriefInputs(prompts: prompts) : nil
  }

  private func promptKey(_ field: String, kind: PromptKindName, units: [Unit]) -> PromptKey? {
    guard let key = object.promptReference(field) else { return nil }
    let (unitID, promptID) = (key.unitID, key.promptID)
    guard let unit = units.first(where: { $0.id == unitID }) else {
      object.problem(field, "names unit \"\(unitID)\", which the course does not have")
      return nil
    }
    guard let prompt = unit.prompts.first(where: { $0.id == promptID }) else {
      object.problem(field, "names prompt \"\(promptID)\", which unit \"\(unitID)\" does not have")
      return nil
    }
    guard prompt.kind.name == kind else {
      let found = prompt.kind.name.rawValue
      object.problem(
        field, "names \"\(key.reference)\", a \(found) prompt; it must be a \(kind.rawValue) one")
      return nil
    }
    return key
  }
}
