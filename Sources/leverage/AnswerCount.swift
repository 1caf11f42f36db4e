/// `1 answer`, `2 answers`: how `import`, `restore` and `backup list` count answers.
enum AnswerCount {
  static func text(_ count: Int) -> String {
    "\(count) \(count == 1 ? "answer" : "answers")"
  }
}
