/// Reads a unit's `economics` object: which of its prompts the calculator reads, each of
/// which must exist in the unit and be of the kind the calculator expects.
struct EconomicsReader {
  let object: CourseObjectReader

  func inputs(prompts: [Prompt]) -> EconomicsInputs? {
    let salary = object.boundPromptID("salary", kind: "money", in: prompts)
    let revenue = object.boundPromptID("revenue", kind: "money", in: prompts)
    let wRVUs = object.boundPromptID("wRVUs", kind: "number", in: prompts, required: false)
    let rate = object.boundPromptID("ratePerWRVU", kind: "money", in: prompts, required: false)
    let overhead = object.boundPromptID("overhead", kind: "percent", in: prompts)
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
}
