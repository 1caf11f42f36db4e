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

  /// Where the keys do not all fit, End scrolls F1 to the last of them; any other key closes.
  @Test func f1ScrollsToItsLastKeyOnAShortTerminal() {
    var state = Self.state(on: .offers)
    let size = ScreenSnapshotTests.minimum
    state.play([.helpToggled])
    TeachingScrollTests.press(.end, on: &state, size: size)
    #expect(state.showsHelp && state.helpScroll > 0)
    assertSnapshot(Render.screen(state, size: size), named: "help-offers-scrolled-50x14")
    #expect(KeyMap.command(for: .character("x"), state: state, size: size) == .coach(.helpToggled))
    state.play([.helpToggled, .helpToggled])
    #expect(state.helpScroll == 0)
  }
}
