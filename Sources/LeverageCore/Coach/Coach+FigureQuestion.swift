/// The answer to "Did you mean $720,000?": yes saves the thousands, no saves what was typed.
extension Coach {
  static func figureAnswered(_ state: inout CoachState, meantThousands: Bool) -> [CoachEffect] {
    guard let question = state.figureQuestion else { return [] }
    state.figureQuestion = nil
    state.notice = nil
    let cents = meantThousands ? question.suggestedCents : question.typedCents
    switch question.pending {
    case .answer:
      guard var editor = state.editor else { return [] }
      editor.editActiveField { $0 = TextBuffer(MoneyFormat.figure(cents), multiline: false) }
      state.editor = editor
      return submit(&state, figureChecked: true)
    case .offerEntry(let id, let line, let isEstimate):
      return writeOffer(
        &state,
        .setEntry(id: id, line: line, entry: .money(cents: cents, isEstimate: isEstimate)))
    }
  }

  /// Asks about a yearly figure typed as if in thousands; true when the question is out.
  static func askAboutFigure(
    _ state: inout CoachState, _ value: AnswerValue, kind: PromptKind
  ) -> Bool {
    guard kind.asksForYearlyFigure, case .money(let cents) = value else { return false }
    return askAboutFigure(&state, cents, pending: .answer)
  }

  static func askAboutFigure(
    _ state: inout CoachState, _ cents: Int64, pending: FigureQuestion.Pending
  ) -> Bool {
    guard let question = FigureQuestion(yearlyCents: cents, pending: pending) else {
      return false
    }
    state.figureQuestion = question
    // Shown as the delete questions are: a warning that waits for y or n.
    state.notice = .error(question.message)
    return true
  }
}
