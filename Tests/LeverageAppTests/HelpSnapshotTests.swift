import CoachTestKit
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// F1 on every screen, at every golden size: the screen's own keys, then the app's.
@Suite struct HelpSnapshotTests {
  enum Place: String, CaseIterable, Sendable {
    case welcome, map, prompt, review, profile, actionItems = "action-items", export, offers, brief
  }

  static func state(on place: Place) -> CoachState {
    var state = ShippedCourse.state()
    switch place {
    case .welcome: break
    case .map: state.play([.mapRequested])
    case .prompt: state.play([.beginRequested])
    case .review: state.play([.mapRequested, .review(.opened)])
    case .profile: state.play([.profile(.shown)])
    case .actionItems: state.play([.mapRequested, .actionItems(.opened)])
    case .export: state.play([.mapRequested, .export(.opened)])
    case .offers: state.play([.mapRequested, .offers(.opened)])
    case .brief: state.play([.mapRequested, .brief(.opened)])
    }
    return state
  }

  @Test(arguments: Place.allCases, ScreenSnapshotTests.sizes)
  func f1ListsTheScreensKeys(place: Place, size: Size) {
    var state = Self.state(on: place)
    #expect(KeyFuzzTests.name(of: state.route) == String(describing: place))
    state.play([.helpToggled])
    assertSnapshot(
      Render.screen(state, size: size), named: "help-\(place.rawValue)-\(size.width)x\(size.height)"
    )
  }
}
