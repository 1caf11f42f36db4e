import LeverageCore
import TerminalUI

/// The offer ladder under the ladder and debrief prompts, redrawn as the user types: the
/// figures so far, where the latest offer falls, what weakens the ladder, and the term the
/// current prompt is about.
enum LadderPanel {
  /// At most `rows` lines of at most `width` columns. When room is short, the warnings about
  /// the prompt on screen go first, then the ladder and the offer, then other warnings, then
  /// the term.
  static func lines(state: CoachState, rows: Int, width: Int) -> [String] {
    guard rows > 0,
      let ladder = OfferLadder(
        course: state.course, answers: state.liveAnswers, offers: state.offers.offers)
    else { return [] }
    var sections: [(priority: Int, lines: [String])] = []
    let rungs = rungsLine(ladder)
    if let rungs { sections.append((1, TextWrap.wrap(rungs, width: width))) }
    if let offer = ladder.latestOfferCents {
      let placement = ladder.latestOfferPlacement.map { " " + $0.advice } ?? ""
      sections.append(
        (1, TextWrap.wrap("Their offer \(MoneyFormat.dollars(offer)).\(placement)", width: width)))
    }
    let term = term(for: state)
    for warning in ladder.warnings where !(warning == .anchorWithoutReason && isOnAnchor(state)) {
      // The warnings about what is on screen come before the ladder; the rest after it.
      let relevant = warning.concernsAnchor == (term == .anchoring)
      sections.append((relevant ? 0 : 2, TextWrap.wrap("! " + warning.message, width: width)))
    }
    if let term {
      sections.append((3, TextWrap.wrap(term.line, width: width)))
    }
    if isOnCues(state), !state.cueLog.isEmpty {
      sections.append((1, cueLogLines(state.cueLog, rows: rows, width: width)))
    }
    if sections.isEmpty {
      return Array(TextWrap.wrap(emptyHint, width: width).prefix(rows))
    }
    var kept = Set<Int>()
    var used = 0
    for (index, section) in sections.enumerated().sorted(by: {
      $0.element.priority < $1.element.priority
    })
    where used + section.lines.count <= rows {
      kept.insert(index)
      used += section.lines.count
    }
    return sections.indices.filter(kept.contains).flatMap { sections[$0].lines }
  }

  private static let emptyHint =
    "Your ladder appears here as you give your walk-away point, target and anchor."

  /// `Ladder: anchor $340,000 · target $320,000 · ...`, highest first, as rungs are.
  private static func rungsLine(_ ladder: OfferLadder) -> String? {
    let rungs: [(String, Int64?)] = [
      ("anchor", ladder.anchor.cents), ("target", ladder.target.cents),
      ("walk-away", ladder.walkAway.cents), ("BATNA", ladder.alternativeWorthCents),
    ]
    let set = rungs.compactMap { name, cents in cents.map { (name, $0) } }
      .sorted { $0.1 > $1.1 }
    guard !set.isEmpty else { return nil }
    return "Ladder: " + set.map { "\($0.0) \(MoneyFormat.dollars($0.1))" }.joined(separator: " · ")
  }

  /// The anchor's reason is the next prompt: on the anchor's own, its absence is no news.
  private static func isOnAnchor(_ state: CoachState) -> Bool {
    guard let key = state.editor?.key, let (unit, inputs) = state.course.ladderUnit else {
      return false
    }
    return key == PromptKey(unitID: unit.id, promptID: inputs.anchor)
  }

  private static func isOnCues(_ state: CoachState) -> Bool {
    guard let key = state.editor?.key, let (unit, inputs) = state.course.debriefUnit else {
      return false
    }
    return key == PromptKey(unitID: unit.id, promptID: inputs.cues)
  }

  /// The newest entries that fit, one line each, under a heading.
  private static func cueLogLines(_ log: [CueEntry], rows: Int, width: Int) -> [String] {
    let shown = log.suffix(max(1, rows - 1)).reversed().map { entry in
      let text = entry.text.split(whereSeparator: \.isNewline).joined(separator: " ")
      return DisplayWidth.fitted("  \(entry.day.iso)  \(text)", width: width)
    }
    return ["Cue log, newest first:"] + shown
  }

  /// The negotiation term behind the prompt on screen, explained where it is used.
  private static func term(for state: CoachState) -> NegotiationTerm? {
    guard let key = state.editor?.key, let (unit, inputs) = state.course.ladderUnit,
      key.unitID == unit.id
    else { return nil }
    switch key.promptID {
    case inputs.alternativeWorth: return .batna
    case inputs.walkAway, inputs.walkAwayReason: return .reservationPoint
    case inputs.anchor, inputs.anchorReason: return .anchoring
    case inputs.target, inputs.targetReason: return .zopa
    default: return nil
    }
  }
}
