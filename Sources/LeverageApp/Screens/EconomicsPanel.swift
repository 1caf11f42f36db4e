import LeverageCore
import TerminalUI

/// Step 3's figures worked out from the user's own answers, updated as they type.
enum EconomicsPanel {
  /// At most `rows` lines of at most `width` columns; the sums come first, then the verdict,
  /// then the heading.
  static func lines(
    state: CoachState, unit: Unit, inputs: EconomicsInputs, rows: Int, width: Int
  ) -> [String] {
    guard rows > 0 else { return [] }
    let live = state.liveAnswers
    var answers: [String: AnswerValue] = [:]
    for prompt in unit.prompts {
      answers[prompt.id] = live[PromptKey(unitID: unit.id, promptID: prompt.id)]
    }
    guard let figures = EconomicsCalculator.figures(from: answers, inputs: inputs),
      let report = EconomicsCalculator.report(for: figures)
    else {
      let hint = "Your numbers, worked out: give your pay and revenue (or wRVUs and rate)."
      return Array(TextWrap.wrap(hint, width: width).prefix(rows))
    }
    let sums = EconomicsCalculator.explanationLines(for: report, figures: figures)
    let verdict = "→ " + report.verdict.summary
    let full = wrap(["Your numbers, worked out:"] + sums + [verdict], width: width, indent: 1)
    if full.count <= rows { return full }
    let withVerdict = wrap(sums + [verdict], width: width, indent: 0)
    if withVerdict.count <= rows { return withVerdict }
    return Array(wrap(sums, width: width, indent: 0).prefix(rows))
  }

  /// Wraps each line, indenting all but the first `indent` lines by two columns.
  private static func wrap(_ lines: [String], width: Int, indent: Int) -> [String] {
    lines.enumerated().flatMap { index, line in
      let margin = index < indent ? "" : "  "
      return TextWrap.wrap(line, width: width - margin.count).map { margin + $0 }
    }
  }
}
