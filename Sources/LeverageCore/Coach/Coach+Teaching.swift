/// The teaching by the prompt: it scrolls when it is taller than its pane.
extension Coach {
  static func scrollTeaching(_ state: inout CoachState, by offset: Int, limit: Int) {
    guard case .prompt = state.route else { return }
    state.teachingScroll = scrolled(state.teachingScroll, by: offset, limit: limit)
  }

  /// The one rule of every scroll (the teaching, the welcome, the profile card, the brief): the render
  /// works out `limit` for the terminal's size, and the offset stays within 0...limit.
  static func scrolled(_ scroll: Int, by offset: Int, limit: Int) -> Int {
    min(max(0, scroll + offset), max(0, limit))
  }
}
