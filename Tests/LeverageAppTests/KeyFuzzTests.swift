import CoachTestKit
import Foundation
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

/// Long random key sequences through the real KeyMap, coach and renderer, at random sizes:
/// nothing may crash, and the state must stay coherent after every key.
@Suite struct KeyFuzzTests {
  /// xorshift64*, seeded, so a failure can be replayed from its seed.
  struct Xorshift: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state ^= state >> 12
      state ^= state << 25
      state ^= state >> 27
      return state &* 2_685_821_657_736_338_717
    }
  }

  static let keys: [Key] = [
    .enter, .tab, .backTab, .backspace, .delete, .escape, .up, .down, .left, .right, .shiftUp,
    .shiftDown, .altUp, .altDown, .wordLeft, .wordRight, .home, .end, .pageUp, .pageDown,
    .function(1),
    .control("j"), .control("n"), .control("p"), .control("w"), .control("a"), .control("e"),
    .character(" "), .character("/"), .character("r"), .character("e"), .character("d"),
    .character("y"), .character("u"), .character("t"), .character("l"), .character("1"),
    .character("3"), .character("x"), .character("o"), .character("a"), .character("b"),
    .character("p"), .character("n"), .character("+"), .character("-"), .character("g"),
    .character("~"), .character("5"), .character("é"), .character("日"), .character("👩‍⚕️"),
    .character("\u{301}"), .paste("line one\nline two\r\n\u{1B}[31mred\u{1B}]0;title\u{7}"),
    .paste(String(repeating: "long ", count: 400)),
    .wheelUp, .wheelDown, .click(Point(x: 8, y: 17)), .click(Point(x: 10, y: 6)),
    .click(Point(x: 30, y: 12)),
  ]

  /// Keys per seed: 3,000 in `make test`, more under `make soak`.
  static let steps =
    ProcessInfo.processInfo.environment["LEVERAGE_SOAK_KEYS"].flatMap { Int($0) } ?? 3000

  @Test(arguments: [1, 3, 4, 5])
  func randomKeysKeepTheCoachCoherent(seed: UInt64) {
    var random = Xorshift(state: seed &* 0x9E37_79B9_7F4A_7C15 | 1)
    var state = ShippedCourse.state()
    var size = Size(width: 80, height: 24)
    var journal = FakeJournal()
    var resizes = 0
    var screensSeen: Set<String> = [Self.name(of: state.route)]
    for step in 0..<Self.steps {
      if random.next() % 50 == 0 {
        // The stated minimum and the classic terminal often, any size down to 1x1 otherwise.
        switch random.next() % 3 {
        case 0: size = ScreenSnapshotTests.minimum
        case 1: size = ScreenSnapshotTests.small
        default:
          size = Size(width: Int(random.next() % 140) + 1, height: Int(random.next() % 50) + 1)
        }
        resizes += 1
      }
      let key = Self.keys[Int(random.next() % UInt64(Self.keys.count))]
      guard case .coach(let event)? = KeyMap.command(for: key, state: state, size: size) else {
        continue
      }
      state.play([event], journal: &journal)
      checkInvariants(state, step: step, seed: seed)
      screensSeen.insert(state.showsHelp ? "help" : Self.name(of: state.route))
      let screen = Render.screen(state, size: size)
      #expect(screen.cells.count == size.width * size.height)
      checkFocusedFieldShows(state, on: screen, step: step, seed: seed)
    }
    // Every screen and its saves are reached, so every key table and update is fuzzed.
    #expect(
      screensSeen == Self.everyScreen,
      "seed \(seed) missed \(Self.everyScreen.subtracting(screensSeen))")
    print("soak-figure: keys fuzzed (seed \(seed)) | \(Self.steps)")
    print("soak-figure: resizes, down to 1x1 (seed \(seed)) | \(resizes)")
  }

  /// Every route, named as `name(of:)` names it, and F1's help.
  static let everyScreen = Set(CoachState.Route.Kind.allCases.map { "\($0)" } + ["help"])

  static func name(of route: CoachState.Route) -> String { "\(route.kind)" }

  /// From the stated minimum size up, on every screen, what the keys act on is on screen,
  /// below the header and above the footer: the field being typed in has the cursor, and the
  /// highlighted row (a unit, an answer, an item, an offer's cell, a format) shows.
  private func checkFocusedFieldShows(
    _ state: CoachState, on screen: Screen, step: Int, seed: UInt64
  ) {
    let size = screen.size
    guard !state.showsHelp, size.width >= Render.minimumSize.width,
      size.height >= Render.minimumSize.height
    else { return }
    let context = Comment(
      rawValue:
        "seed \(seed), step \(step), \(Self.name(of: state.route)), \(size.width)x\(size.height)")
    let body = 2..<(size.height - 1)
    if let cursor = screen.cursor {
      #expect(body.contains(cursor.y), context)
      #expect((0..<size.width).contains(cursor.x), context)
    } else if case .prompt = state.route, state.editor?.activeField != nil {
      Issue.record("no cursor in the focused field: \(context.rawValue)")
    }
    guard let firstColumn = highlightStarts(state) else { return }
    let highlighted = body.contains { y in
      (firstColumn..<size.width).contains { screen[$0, y].style == Theme.selected }
    }
    #expect(highlighted, "no highlighted row: \(context.rawValue)")
  }

  /// The first column the highlight must reach on this screen, or nil where nothing is
  /// highlighted; on the offers table it is the selected offer's cell, past the line names.
  private func highlightStarts(_ state: CoachState) -> Int? {
    switch state.route {
    case .map, .export: 0
    case .review:
      state.review.map { $0.page.total > 0 && $0.mode != .detail } == true ? 0 : nil
    case .actionItems: state.actions.items.isEmpty ? nil : 0
    case .offers: state.offers.offers.isEmpty ? 0 : 2 + OffersScreen.labelWidth
    case .welcome, .prompt, .profile, .brief: nil
    }
  }

  private func checkInvariants(_ state: CoachState, step: Int, seed: UInt64) {
    let context = Comment(rawValue: "seed \(seed), step \(step)")
    #expect(state.outline.stops.indices.contains(state.mapSelection), context)
    if case .prompt(let position) = state.route {
      #expect(state.editor?.key == state.outline.key(at: position), context)
    }
    // The fake journal answers every write at once, so none is ever left in flight.
    #expect(state.pendingWrite == nil, context)
    if let editor = state.editor {
      for field in editor.fields {
        #expect((0...field.text.count).contains(field.cursor), context)
      }
      if !editor.fields.isEmpty, case .list = editor.kind {
        #expect(editor.fields.indices.contains(editor.focus), context)
      }
    }
    if let review = state.review {
      #expect(review.selection >= 0 && review.selection <= max(0, review.page.total - 1), context)
    }
  }
}
