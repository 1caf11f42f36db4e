/// The profile and the wrap-up's action items sit beside the course walk: these routes lead
/// to and from them.
extension Coach {
  /// A course without a profile has no spotlight to show: the user is told, not shown a card
  /// that could never fill.
  static let noProfile = CoachState.Notice.info("This course has no profile.")

  static func profile(_ state: inout CoachState, _ event: ProfileEvent) -> [CoachEffect] {
    switch event {
    case .shown: showProfile(&state)
    case .editRequested: editProfile(&state)
    case .scrolled(let offset, let limit):
      scrollProfile(&state, by: offset, limit: limit)
    }
  }

  static func showProfile(_ state: inout CoachState) -> [CoachEffect] {
    guard state.course.profileUnit != nil else {
      state.notice = noProfile
      return []
    }
    state.route = .profile
    state.profileScroll = 0
    state.notice = nil
    return []
  }

  private static func scrollProfile(_ state: inout CoachState, by offset: Int, limit: Int)
    -> [CoachEffect]
  {
    guard state.route == .profile else { return [] }
    state.profileScroll = scrolled(state.profileScroll, by: offset, limit: limit)
    return []
  }

  /// Opens the profile's first unanswered question, or its first when all are answered.
  static func editProfile(_ state: inout CoachState) -> [CoachEffect] {
    guard let unitIndex = state.outline.stops.firstIndex(where: \.inProfile) else {
      state.notice = noProfile
      return []
    }
    state.notice = nil
    return open(&state, state.firstOpenPosition(inUnit: unitIndex))
  }

  /// Where the walk goes after the last prompt of the profile (its spotlight), of the wrap-up
  /// or of the debrief (the action items); nil for the course's own ends.
  static func finishSection(_ state: inout CoachState, from position: PromptPosition)
    -> [CoachEffect]?
  {
    let stop = state.outline.stops[position.unitIndex]
    if stop.inProfile {
      state.route = .profile
      state.profileScroll = 0
      state.notice = .info("Profile saved. Enter goes on to the course.")
      return [.savePlace(.map)]
    }
    if stop.afterMeeting {
      let effects = actionItems(&state, .opened)
      state.notice = .info("Debrief saved. Its next steps are in your action items.")
      return effects + [.savePlace(.map)]
    }
    guard stop.unit.leadsToActionItems else { return nil }
    let effects = actionItems(&state, .opened)
    state.notice = .info("Saved. Now your action items: what you'll do next.")
    return effects + [.savePlace(.map)]
  }
}
