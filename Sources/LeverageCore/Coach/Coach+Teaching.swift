/// The teaching by the prompt: it scrolls when it is taller than its pane.
extension Coach {
  static func scrollTeaching(_ state: inout CoachState, by offset: Int, limit: Int) {
    guard case .prompt = state.route else { return }
    state.teachingScroll = min(max(0, state.teachingScroll + offset), max(0, limit))
  }
}
