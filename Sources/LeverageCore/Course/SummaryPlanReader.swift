/// A line of the summary's negotiation plan: its label and the prompt whose latest answer it
/// shows.
public struct SummaryPlanLine: Equatable, Sendable {
  public var label: String
  public var prompt: PromptKey

  public init(label: String, prompt: PromptKey) {
    self.label = label
    self.prompt = prompt
  }
}

/// Reads the course's top-level `summaryPlan`: lines of `{"label", "brief"}`, showing the
/// prompt the `brief` object gives that section, so the plan and the brief cannot disagree,
/// or of `{"label", "prompt": "unit-id/prompt-id"}` for a prompt the brief does not show.
struct SummaryPlanReader {
  let items: [CourseObjectReader]
  /// Nil when the course has no usable `brief` object; `briefDeclared` tells an absent one
  /// (worth a problem here) from a broken one (already reported).
  let brief: BriefInputs?
  let briefDeclared: Bool

  func lines(units: [Unit]) -> [SummaryPlanLine] {
    items.compactMap { item in
      let label = item.string("label")
      let prompt = source(item, units: units)
      item.reportUnknownFields()
      guard let label, let prompt else { return nil }
      return SummaryPlanLine(label: label, prompt: prompt)
    }
  }

  private func source(_ item: CourseObjectReader, units: [Unit]) -> PromptKey? {
    let sectionName = item.string("brief", required: false)
    let reference = item.promptReference("prompt", required: false)
    switch (sectionName, reference) {
    case (let sectionName?, nil):
      return briefPrompt(sectionName, item)
    case (nil, let reference?):
      return coursePrompt(reference, item, units: units)
    case (.some, .some):
      item.problem("prompt", "cannot be combined with \"brief\"; give one of them")
      return nil
    case (nil, nil):
      // A field there but unreadable has been reported already.
      if !item.has("brief") && !item.has("prompt") {
        item.problem("brief", "is missing; give \"brief\" (a section of the brief) or \"prompt\"")
      }
      return nil
    }
  }

  private func briefPrompt(_ sectionName: String, _ item: CourseObjectReader) -> PromptKey? {
    let sections = BriefSection.allCases.filter { $0.binding != nil }
    guard let section = sections.first(where: { $0.rawValue == sectionName }) else {
      let known = sections.map(\.rawValue).joined(separator: ", ")
      item.problem("brief", "must be one of \(known) (found \"\(sectionName)\")")
      return nil
    }
    guard let brief else {
      if !briefDeclared {
        item.problem(
          "brief", "names section \"\(sectionName)\", but the course has no \"brief\" object")
      }
      return nil
    }
    return brief.prompts[section]
  }

  private func coursePrompt(_ key: PromptKey, _ item: CourseObjectReader, units: [Unit])
    -> PromptKey?
  {
    guard let unit = units.first(where: { $0.id == key.unitID }) else {
      item.problem("prompt", "names unit \"\(key.unitID)\", which the course does not have")
      return nil
    }
    guard unit.prompts.contains(where: { $0.id == key.promptID }) else {
      item.problem(
        "prompt", "names prompt \"\(key.promptID)\", which unit \"\(key.unitID)\" does not have")
      return nil
    }
    return key
  }
}
