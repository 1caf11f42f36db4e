import LeverageCore
import TerminalUI

/// Step 3's figures worked out from the user's own answers, updated as they type.
enum EconomicsPanel {
  /// At most `rows` lines of at most `width` columns: every sum with its heading where they
  /// fit; else the short verdict, which says what it rests on, as much of the revenue and
  /// production pay above it as there is room for, and the specialty's figures below.
  static func lines(
    state: CoachState, unit: Unit, inputs: EconomicsInputs, rows: Int, width: Int
  ) -> [String] {
    guard rows > 0 else { return [] }
    let answers = unit.answers(in: state.liveAnswers)
    let specialty = state.course.specialty(answers: state.answers)
    guard
      let figures = EconomicsCalculator.figures(
        from: answers, inputs: inputs, specialty: specialty)
    else {
      let hint = "Your numbers, worked out: give your pay, then your collections or wRVUs."
      return Array(TextWrap.wrap(hint, width: width).prefix(rows))
    }
    let explanation = EconomicsCalculator.explanation(of: figures)
    let verdict = "→ " + explanation.conclusion
    let full = wrap(
      ["Your numbers, worked out:"] + explanation.lines + [verdict], width: width, indent: 1)
    if full.count <= rows { return full }
    let short = wrap(["→ " + explanation.shortConclusion], width: width, indent: 0)
    var kept: [[String]] = []
    var room = rows - short.count
    // The revenue the verdict rests on goes in before production pay.
    for line in [explanation.revenue.first, explanation.productionPay].compactMap({ $0 }) {
      let wrapped = wrap([line], width: width, indent: 0)
      if wrapped.count <= room {
        kept.insert(wrapped, at: 0)
        room -= wrapped.count
      }
    }
    // Then her specialty's figures and what employment means, whole lines while they fit.
    var after: [String] = []
    for line in explanation.specialty + [explanation.context].compactMap({ $0 }) {
      let wrapped = wrap([line], width: width, indent: 0)
      guard wrapped.count <= room else { break }
      after += wrapped
      room -= wrapped.count
    }
    return Array((kept.flatMap { $0 } + short + after).prefix(rows))
  }

  /// Wraps each line, indenting all but the first `indent` lines by two columns.
  private static func wrap(_ lines: [String], width: Int, indent: Int) -> [String] {
    lines.enumerated().flatMap { index, line in
      let margin = index < indent ? "" : "  "
      return TextWrap.wrap(line, width: width - margin.count).map { margin + $0 }
    }
  }
}
