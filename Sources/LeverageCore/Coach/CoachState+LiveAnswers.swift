extension CoachState {
  /// The saved answers with the open prompt's input in place of its answer when that input is
  /// valid, so figures worked out beside a prompt follow the user's typing.
  public var liveAnswers: [PromptKey: AnswerValue] {
    var answers = self.answers
    if let editor, let prompt = course.prompt(editor.key),
      case .success(let value?) = AnswerAdmission.answer(from: editor.input, for: prompt)
    {
      answers[editor.key] = value
    }
    return answers
  }
}
