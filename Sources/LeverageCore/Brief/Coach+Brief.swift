/// The brief screen: the one-page brief, scrolled.
extension Coach {
  static func brief(_ state: inout CoachState, _ event: BriefEvent) -> [CoachEffect] {
    switch event {
    case .opened:
      state.route = .brief
      state.briefScroll = 0
      state.notice = nil
    case .scrolled(let offset, let limit):
      state.briefScroll = scrolled(state.briefScroll, by: offset, limit: limit)
    }
    return []
  }
}
