import Foundation
import LeverageCore
import LeverageJournal
import TerminalUI
import Testing

@testable import LeverageApp

/// Large pastes into a text answer through the run loop: kept whole, drawn once per burst
/// rather than once per character, and Ctrl-Q right behind them still quits with the draft.
@Suite struct AppLoopPasteTests {
  static let story = ShippedCourse.key("clarity", "value-story")

  /// Runs the app on a journal that resumes on the value story, a multi-line text answer.
  private func runOnTextAnswer(_ events: [InputEvent]) throws -> (
    status: Int32, terminal: MemoryTerminal, draft: PromptInput?
  ) {
    let path = temporaryJournalPath()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    let store = try JournalStore.open(path: path)
    _ = try store.save(
      .text("Dr A"), for: ShippedCourse.key("profile", "name"), kind: .text, at: Date())
    let state = ShippedCourse.state(
      answers: try store.latestAnswerValues(of: ShippedCourse.course), place: .prompt(Self.story))
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: events)
    let runner = EffectRunner(store: store, now: { Date(timeIntervalSince1970: 1_800_000_000) })
    var loop = AppLoop(terminal: terminal, runner: runner, state: state)
    let status = loop.run()
    return (status, terminal, try store.drafts()[Self.story])
  }

  @Test func aBracketedMegabytePasteIsSavedWholeWhenCtrlQFollows() throws {
    let text = String(repeating: "pasted text\n", count: 1_000_000 / 12)
    let run = try runOnTextAnswer([.key(.paste(text)), .key(.control("q"))])
    #expect(run.status == 0)
    #expect(run.draft == .text(text))
  }

  @Test func anUnbracketedPasteIsTypedAsOneRunAndDrawnOncePerBurst() throws {
    let text = String(repeating: "typed fast ", count: 100_000 / 11)
    let run = try runOnTextAnswer(text.map { .key(.character($0)) } + [.key(.control("q"))])
    #expect(run.status == 0)
    #expect(run.draft == .text(text))
    // One frame per character would be 100,000 frames; a burst is drawn once.
    #expect(run.terminal.drawCount < 1_000)
  }

  @Test func keysAfterAnUnbracketedPasteStillMeanWhatTheySay() throws {
    let run = try runOnTextAnswer(
      "abc".map { .key(.character($0)) } + [.key(.backspace)] + "de".map { .key(.character($0)) }
        + [.key(.control("q"))])
    #expect(run.status == 0)
    #expect(run.draft == .text("abde"))
  }
}
