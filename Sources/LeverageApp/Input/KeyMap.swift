import LeverageCore
import TerminalUI

/// Turns a key into what it means on the current screen, through that screen's table of
/// bindings: the same table draws the footer and F1. Pure, so every binding is tested.
public enum KeyMap {
  /// `previous` is the key before this one, for the two-key Ctrl-X Ctrl-E.
  public static func command(
    for key: Key, after previous: Key? = nil, state: CoachState, size: Size
  ) -> AppCommand? {
    if state.showsHelp { return help(state, size: size).command(for: key) ?? .coach(.helpToggled) }
    return (SharedKeys.app + bindings(state, size: size, after: previous)).command(for: key)
  }

  /// The keys of the screen on show, most important first: the footer shows them in this
  /// order as far as they fit.
  static func bindings(_ state: CoachState, size: Size, after previous: Key? = nil)
    -> [KeyBinding]
  {
    if let question = state.figureQuestion { return figureQuestion(question) }
    let clicks = Clicks(state: state, size: size)
    return switch state.route {
    case .welcome: welcome(state, size: size)
    case .map: map(state, after: previous, clicks: clicks)
    case .prompt(let position):
      state.editor.map {
        prompt(
          $0, teaching: PromptContent(state, position: position, size: size), size: size,
          after: previous, clicks: clicks)
      } ?? []
    case .review: state.review.map { review($0, state: state, size: size, clicks: clicks) } ?? []
    case .profile: profileCard(state, size: size)
    case .actionItems: actionItems(state.actions, clicks: clicks)
    case .offers: offers(state.offers, clicks: clicks)
    case .brief: brief(state, size: size)
    case .export: state.exportForm.map(export) ?? []
    }
  }

  /// "Did you mean $720,000?" takes y or n (Esc too) before anything else.
  private static func figureQuestion(_ question: FigureQuestion) -> [KeyBinding] {
    SharedKeys.confirmation(
      yes: "yes, \(MoneyFormat.dollars(question.suggestedCents))",
      .figureAnswered(meantThousands: true),
      no: "keep \(MoneyFormat.dollars(question.typedCents))",
      .figureAnswered(meantThousands: false)) + [SharedKeys.quit]
  }

  /// Over F1, the scroll keys move the keys shown; any other key closes it.
  private static func help(_ state: CoachState, size: Size) -> [KeyBinding] {
    let keys = bindings(state, size: size)
    return [
      SharedKeys.scrolling(
        "the keys", page: HelpOverlay.page(keys, size: size),
        limit: { HelpOverlay.scrollLimit(keys, size: size) }
      ) { .helpScrolled(by: $0, limit: $1) }
    ]
  }

  private static func welcome(_ state: CoachState, size: Size) -> [KeyBinding] {
    [
      KeyBinding(
        "Enter", "begin", help: "begin, or go on where you left off", keys: [.enter],
        .beginRequested)
    ]
      + profileKey(
        state, "fill in your profile first", [.character("p"), .character("P")],
        .profile(.editRequested)) + [
        KeyBinding("Esc", "course map", keys: [.escape], .mapRequested),
        // The welcome scrolls only on a short terminal; its marker names the key too.
        SharedKeys.scrolling(
          "the welcome", page: WelcomeScreen.page(state, size: size),
          footer: WelcomeScreen.scrollLimit(state, size: size) > 0,
          limit: { WelcomeScreen.scrollLimit(state, size: size) }
        ) { .welcomeScrolled(by: $0, limit: $1) },
        SharedKeys.quit,
      ]
  }

  /// A course without a profile has no profile key to offer.
  private static func profileKey(
    _ state: CoachState, _ help: String, _ keys: [Key], _ event: CoachEvent
  ) -> [KeyBinding] {
    state.course.profileUnit == nil
      ? [] : [KeyBinding("p", "profile", help: help, keys: keys, event)]
  }

  private static func map(_ state: CoachState, after previous: Key?, clicks: Clicks)
    -> [KeyBinding]
  {
    let count = state.outline.stops.count
    var table: [KeyBinding] = []
    if state.lastPosition != nil {
      // Esc Esc means "get out": its second Esc keeps the map rather than going back.
      table.append(
        KeyBinding("Esc", "back", help: "back to the prompt you were on (Esc Esc stays here)") {
          $0 == .escape && previous != .escape ? .coach(.mapRequested) : nil
        })
    }
    table += [
      KeyBinding(
        "r", "review", help: "review and search your answers", keys: [.character("r")],
        .review(.opened)),
      KeyBinding(
        "x", "export", help: "export a summary to a file", keys: [.character("x")], .export(.opened)
      ),
      KeyBinding(
        "o", "offers", help: "compare offers side by side", keys: [.character("o")],
        .offers(.opened)),
      KeyBinding(
        "b", "brief", help: "your one-page brief", keys: [.character("b")], .brief(.opened)),
      KeyBinding(
        "a", "actions", help: "your action items", keys: [.character("a")], .actionItems(.opened)),
      SharedKeys.quit,
      // Enter and the profile explain themselves: they show where there is room.
      KeyBinding(
        "Enter", "open", help: "open the highlighted unit", keys: [.enter],
        .unitOpened(state.mapSelection)),
    ]
    table += profileKey(state, "your profile card", [.character("p")], .profile(.shown))
    table.append(
      KeyBinding(
        "↑↓ PgUp PgDn", "move", help: "move between units (Tab, Home, End, the wheel too)",
        footer: false,
        events: [
          .wheelUp: .mapSelectionMoved(by: -1), .wheelDown: .mapSelectionMoved(by: 1),
          .up: .mapSelectionMoved(by: -1), .backTab: .mapSelectionMoved(by: -1),
          .down: .mapSelectionMoved(by: 1), .tab: .mapSelectionMoved(by: 1),
          .pageUp: .mapSelectionMoved(by: -5), .pageDown: .mapSelectionMoved(by: 5),
          .home: .mapSelectionMoved(by: -count), .end: .mapSelectionMoved(by: count),
        ]))
    return table + [clicks.binding(help: "click a unit to highlight it, and again to open it")]
  }
}
