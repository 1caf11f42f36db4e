/// Reads a unit's `economics` object: which of its prompts the calculator reads, each of
/// which must exist in the unit and be of the kind the calculator expects.
struct EconomicsReader {
  let object: CourseObjectReader

  func inputs(prompts: [Prompt]) -> EconomicsInputs? {
    let salary = object.boundPromptID("salary", kind: .money, in: prompts)
    let revenue = object.boundPromptID("revenue", kind: .money, in: prompts)
    let wRVUs = object.boundPromptID("wRVUs", kind: .number, in: prompts, required: false)
    let rate = object.boundPromptID("ratePerWRVU", kind: .money, in: prompts, required: false)
    let collectionsPerWRVU = object.boundPromptID(
      "collectionsPerWRVU", kind: .money, in: prompts, required: false)
    let downstream = object.boundPromptID("downstream", kind: .money, in: prompts, required: false)
    let overhead = object.boundPromptID("overhead", kind: .percent, in: prompts)
    object.reportUnknownFields()
    // A rate per wRVU means nothing without the wRVUs it multiplies.
    for (field, id) in [("ratePerWRVU", rate), ("collectionsPerWRVU", collectionsPerWRVU)]
    where id != nil && wRVUs == nil {
      object.problem(field, "needs \"wRVUs\" as well")
      return nil
    }
    guard let salary, let revenue, let overhead else { return nil }
    return EconomicsInputs(
      salary: salary, revenue: revenue, wRVUs: wRVUs, ratePerWRVU: rate,
      collectionsPerWRVU: collectionsPerWRVU, overhead: overhead, downstream: downstream)
  }
}
