import LeverageCore
import TerminalUI

extension KeyMap {
  static func actionItems(_ actions: ActionItemsState, clicks: Clicks) -> [KeyBinding] {
    if actions.editing.pendingDelete != nil {
      return SharedKeys.confirmation(
        yes: "delete", .actionItems(.row(.deleteConfirmed)), no: "keep",
        .actionItems(.row(.deleteCancelled)))
    }
    if actions.editing.field != nil { return lineField { .actionItems(.row($0)) } }
    return [
      KeyBinding(
        "a", "add", help: "add an action item", keys: [.character("a")], .actionItems(.addRequested)
      ),
      KeyBinding("Esc", "map", keys: [.escape], .mapRequested),
      KeyBinding("Enter", "rename", keys: [.enter], .actionItems(.renameRequested)),
      KeyBinding(
        "d", "due date", help: "give it a due date", keys: [.character("d")],
        .actionItems(.dueDateRequested)),
      KeyBinding(
        "Space", "done", help: "tick it off, or untick it", keys: [.character(" ")],
        .actionItems(.doneToggled)),
      SharedKeys.quit,
      KeyBinding(
        "Del", "delete", help: "delete it (Backspace too)", keys: [.delete, .backspace],
        .actionItems(.deleteRequested)),
      KeyBinding(
        "↑↓", "move", help: "move between items (Tab, the wheel too)", footer: false,
        events: [
          .wheelUp: .actionItems(.selectionMoved(by: -1)),
          .wheelDown: .actionItems(.selectionMoved(by: 1)),
          .up: .actionItems(.selectionMoved(by: -1)),
          .backTab: .actionItems(.selectionMoved(by: -1)),
          .down: .actionItems(.selectionMoved(by: 1)), .tab: .actionItems(.selectionMoved(by: 1)),
        ]),
      clicks.binding(help: "click an item to highlight it"),
    ]
  }

  /// On the table, typing a figure (a digit, `~` or `$`) starts editing the cell, so a column
  /// fills in as fast as a spreadsheet's; letters are commands, so Enter opens a text line.
  static func offers(_ offers: OffersState, clicks: Clicks) -> [KeyBinding] {
    if offers.editing.pendingDelete != nil {
      return SharedKeys.confirmation(
        yes: "delete", .offers(.row(.deleteConfirmed)), no: "keep", .offers(.row(.deleteCancelled)))
    }
    if offers.editing.field != nil { return lineField { .offers(.row($0)) } }
    let lines = OfferLine.allCases.count
    return [
      KeyBinding(
        "Enter", "edit", help: "edit the cell (or type a figure)", keys: [.enter],
        .offers(.editRequested(startingWith: ""))),
      KeyBinding("Esc", "map", keys: [.escape], .mapRequested),
      KeyBinding("a", "add offer", keys: [.character("a")], .offers(.addRequested)),
      KeyBinding(
        "+/-", "years", help: "spread the totals over more / fewer years",
        events: [
          .character("+"): .offers(.horizonChanged(by: 1)),
          .character("="): .offers(.horizonChanged(by: 1)),
          .character("-"): .offers(.horizonChanged(by: -1)),
        ]),
      KeyBinding(
        "d", "delete", help: "delete the offer", keys: [.character("d")], .offers(.deleteRequested)),
      SharedKeys.quit,
      KeyBinding(
        "n", "rename", help: "rename the offer", keys: [.character("n")], .offers(.renameRequested)),
      KeyBinding(
        "↑↓ ←→", "move", help: "move between lines and offers (Tab, PgUp, PgDn, the wheel too)",
        footer: false,
        events: [
          .wheelUp: .offers(.lineMoved(by: -1)), .wheelDown: .offers(.lineMoved(by: 1)),
          .up: .offers(.lineMoved(by: -1)), .backTab: .offers(.lineMoved(by: -1)),
          .down: .offers(.lineMoved(by: 1)), .tab: .offers(.lineMoved(by: 1)),
          .pageUp: .offers(.lineMoved(by: -lines)), .home: .offers(.lineMoved(by: -lines)),
          .pageDown: .offers(.lineMoved(by: lines)), .end: .offers(.lineMoved(by: lines)),
          .left: .offers(.columnMoved(by: -1)), .right: .offers(.columnMoved(by: 1)),
        ]),
      clicks.binding(help: "click a cell or a line to highlight it"),
      KeyBinding(
        "Del", "clear", help: "clear the cell (Backspace too)", footer: false,
        keys: [.delete, .backspace], .offers(.clearRequested)),
      KeyBinding(
        "0-9 ~ $", "figure", help: "type a figure to start editing the cell; ~ marks an estimate",
        footer: false
      ) { key in
        switch key {
        case .character(let character)
        where character.isNumber || character == "~" || character == "$":
          .coach(.offers(.editRequested(startingWith: String(character))))
        case .paste(let text): .coach(.offers(.editRequested(startingWith: text)))
        default: nil
        }
      },
    ]
  }

  static func brief(_ state: CoachState, size: Size) -> [KeyBinding] {
    [
      SharedKeys.scrolling(
        "the brief", page: BriefScreen.page(size),
        limit: { BriefScreen.scrollLimit(state, size: size) }
      ) { .brief(.scrolled(by: $0, limit: $1)) },
      KeyBinding(
        "x", "export to print", help: "export the brief to print it", keys: [.character("x")],
        .export(.opened)),
      KeyBinding("Esc", "map", keys: [.escape], .mapRequested),
      SharedKeys.quit,
    ]
  }

  static func profileCard(_ state: CoachState, size: Size) -> [KeyBinding] {
    [
      KeyBinding("Enter", "on to the course", keys: [.enter], .beginRequested),
      KeyBinding("Esc", "map", help: "the course map", keys: [.escape], .mapRequested),
      KeyBinding(
        "e", "edit", help: "edit your profile's answers", keys: [.character("e")],
        .profile(.editRequested)),
      SharedKeys.scrolling(
        "the card", page: ProfileScreen.page(size),
        limit: { ProfileScreen.scrollLimit(state, size: size) }
      ) { .profile(.scrolled(by: $0, limit: $1)) },
      SharedKeys.quit,
    ]
  }

  static func export(_ form: ExportForm) -> [KeyBinding] {
    if form.confirmingReplace {
      return SharedKeys.confirmation(
        yes: "replace", .export(.replaceAnswered(true)), no: "keep it",
        .export(.replaceAnswered(false)))
    }
    return [
      KeyBinding(
        "↑↓", "format", help: "the next / previous format (Tab too)",
        events: [
          .up: .export(.formatMoved(by: -1)), .backTab: .export(.formatMoved(by: -1)),
          .down: .export(.formatMoved(by: 1)), .tab: .export(.formatMoved(by: 1)),
        ]),
      KeyBinding("Enter", "write", help: "write the file", keys: [.enter], .export(.confirmed)),
      KeyBinding("Esc", "map", keys: [.escape], .mapRequested),
      SharedKeys.quit,
    ] + SharedKeys.lineEditing { .export(.pathEdited($0)) }
  }

  /// The one-line field of the action items and the offers: Enter saves, Esc cancels.
  private static func lineField(_ wrap: @escaping @Sendable (RowEvent) -> CoachEvent)
    -> [KeyBinding]
  {
    [
      KeyBinding("Enter", "save", keys: [.enter], wrap(.fieldSubmitted)),
      KeyBinding("Esc", "cancel", keys: [.escape], wrap(.fieldCancelled)),
      SharedKeys.quit,
    ] + SharedKeys.lineEditing { wrap(.edited($0)) }
  }
}
