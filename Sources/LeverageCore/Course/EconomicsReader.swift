/// Reads a unit's `economics` object: which of its prompts the calculator reads, each of
/// which must exist in the unit and be of the kind the calculator expects.
struct EconomicsReader {
  let object: CourseObjectReader

  func inputs(prompts: [Prompt]) -> EconomicsInputs? {
    let salary = promptID("salary", kind: "money", in: prompts)
    let revenue = promptID("revenue", kind: "money", in: prompts)
    let wRVUs = promptID("wRVUs", kind: "number", in: prompts, required: false)
    let rate = promptID("ratePerWRVU", kind: "money", in: prompts, required: false)
    let overhead = promptID("overhead", kind: "percent", in: prompts)
    object.reportUnknownFields()
    // Either alone cannot give a revenue figure, so one without the other is a mistake.
    if (wRVUs == nil) != (rate == nil) {
      object.problem(wRVUs == nil ? "wRVUs" : "ratePerWRVU", "must be given with the other")
      return nil
    }
    guard let salary, let revenue, let overhead else { return nil }
    return EconomicsInputs(
      salary: salary, revenue: revenue, wRVUs: wRVUs, ratePerWRVU: rate, overhead: overhead)
  }

  private func promptID(
    _ field: String, kind: String, in prompts: [Prompt], required: Bool = true
  ) -> String? {
    guard let id = object.string(field, required: required) else { return nil }
    guard let prompt = prompts.first(where: { $0.id == id }) else {
      object.problem(field, "names prompt \"\(id)\", which this unit does not have")
      return nil
    }
    guard prompt.kind.name == kind else {
      let found = prompt.kind.name
      object.problem(field, "names prompt \"\(id)\", a \(found) prompt; it must be a \(kind) one")
      return nil
    }
    return id
  }
}
