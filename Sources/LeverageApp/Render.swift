import Foundation
import LeverageCore
import TerminalUI

/// Paints the whole app for a state and a terminal size. Pure: the same state and size always
/// give the same screen, which is what the golden tests compare.
public enum Render {
  /// Below this the screens cannot be laid out honestly, so a message asks for more room.
  public static let minimumSize = Size(width: 50, height: 14)

  /// Dates show in `timeZone`: the user's own in the app, a fixed one in tests.
  public static func screen(_ state: CoachState, size: Size, timeZone: TimeZone = .utc)
    -> Screen
  {
    var screen = Screen(size: size)
    guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
      TooSmallScreen.draw(size: size, on: &screen)
      return screen
    }
    switch state.route {
    case .welcome: WelcomeScreen.draw(state, on: &screen)
    case .map: CourseMapScreen.draw(state, on: &screen)
    case .prompt(let position): PromptScreen.draw(state, position: position, on: &screen)
    case .review:
      if let review = state.review {
        ReviewScreen.draw(state, review: review, timeZone: timeZone, on: &screen)
      }
    case .profile: ProfileScreen.draw(state, on: &screen)
    case .actionItems: ActionItemsScreen.draw(state, on: &screen)
    case .export: ExportScreen.draw(state, on: &screen)
    case .offers: OffersScreen.draw(state, on: &screen)
    case .brief: BriefScreen.draw(state, on: &screen)
    }
    let keys = KeyMap.bindings(state, size: size)
    Chrome.drawFooter(keys, on: &screen)
    if state.showsHelp {
      HelpOverlay.draw(keys, scroll: state.helpScroll, on: &screen)
    }
    return screen
  }
}

extension TimeZone {
  /// Coordinated universal time, the fixed zone of tests and golden files.
  public static let utc = TimeZone(secondsFromGMT: 0) ?? .current
}
