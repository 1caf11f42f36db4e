/// Reads a unit's `ladder` object (the prompts holding the offer ladder's figures and the
/// reasons behind them) and a unit's `debrief` object.
struct LadderReader {
  let object: CourseObjectReader

  func inputs(prompts: [Prompt]) -> LadderInputs? {
    func money(_ field: String, required: Bool = true) -> String? {
      object.boundPromptID(field, kind: .money, in: prompts, required: required)
    }
    func text(_ field: String) -> String? {
      object.boundPromptID(field, kind: .text, in: prompts)
    }
    let alternative = money("alternativeWorth", required: false)
    let walkAway = money("walkAway")
    let walkAwayReason = text("walkAwayReason")
    let target = money("target")
    let targetReason = text("targetReason")
    let anchor = money("anchor")
    let anchorReason = text("anchorReason")
    object.reportUnknownFields()
    guard let walkAway, let walkAwayReason, let target, let targetReason, let anchor,
      let anchorReason
    else { return nil }
    return LadderInputs(
      alternativeWorth: alternative, walkAway: walkAway, walkAwayReason: walkAwayReason,
      target: target, targetReason: targetReason, anchor: anchor, anchorReason: anchorReason)
  }

  func debrief(prompts: [Prompt]) -> DebriefInputs? {
    let offered = object.boundPromptID("offered", kind: .money, in: prompts)
    let cues = object.boundPromptID("cues", kind: .text, in: prompts)
    let nextSteps = object.boundPromptID("nextSteps", kind: .list, in: prompts)
    object.reportUnknownFields()
    guard let offered, let cues, let nextSteps else { return nil }
    return DebriefInputs(offered: offered, cues: cues, nextSteps: nextSteps)
  }
}
