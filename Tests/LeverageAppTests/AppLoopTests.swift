import CoachTestKit
import Foundation
import LeverageCore
import LeverageJournal
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct AppLoopTests {
  private func keys(_ text: String) -> [InputEvent] {
    text.map { .key(.character($0)) }
  }

  private func runApp(
    journal path: String, events: [InputEvent], size: Size = Size(width: 80, height: 24)
  )
    throws -> (status: Int32, terminal: MemoryTerminal)
  {
    let store = try JournalStore.open(path: path)
    let state = ShippedCourse.state(
      answers: Dictionary(
        uniqueKeysWithValues: try store.latestAnswers().map { ($0.key, $0.value) }),
      drafts: try store.drafts(), place: try store.place())
    let terminal = MemoryTerminal(size: size, events: events)
    let runner = EffectRunner(store: store, now: { Date(timeIntervalSince1970: 1_800_000_000) })
    var loop = AppLoop(terminal: terminal, runner: runner, state: state)
    return (loop.run(), terminal)
  }

  @Test func typedAnswersAreSavedAndADraftSurvivesQuitAndResume() throws {
    let path = temporaryJournalPath()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    let first = try runApp(
      journal: path,
      events: [.key(.enter)] + keys("Robotic surgery") + [.key(.enter)]
        + [.resize(Size(width: 100, height: 30))] + keys("Cut wait") + [.key(.control("q"))])
    #expect(first.status == 0)

    let store = try JournalStore.open(path: path)
    let answers = try store.latestAnswers()
    #expect(answers.map(\.key) == [ShippedCourse.key("know-your-value", "skills")])
    #expect(answers.first?.value == .list(["Robotic surgery"]))
    #expect(
      try store.drafts()[ShippedCourse.key("know-your-value", "contributions")]
        == .list(["Cut wait", ""]))

    let second = try runApp(journal: path, events: [.key(.control("q"))])
    #expect(second.status == 0)
    let screen = try #require(second.terminal.lastScreen)
    let text = (0..<screen.size.height).map(screen.rowText).joined(separator: "\n")
    #expect(text.contains("Cut wait"))
    #expect(text.contains("Prompt 2 of"))
  }

  @Test func aSignalSavesTheDraftAndEndsWithItsStatus() throws {
    let path = temporaryJournalPath()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    let run = try runApp(
      journal: path, events: [.key(.enter)] + keys("Teaching") + [.signal(.hangup)])
    #expect(run.status == 129)
    let store = try JournalStore.open(path: path)
    #expect(
      try store.drafts()[ShippedCourse.key("know-your-value", "skills")] == .list(["Teaching"]))
  }

  @Test func aTinyWindowShowsTheEnlargeMessageAndRecovers() throws {
    let path = temporaryJournalPath()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    let run = try runApp(
      journal: path,
      events: [
        .resize(Size(width: 1, height: 1)), .resize(Size(width: 20, height: 5)), .key(.enter),
      ]
        + keys("ok") + [.resize(Size(width: 80, height: 24)), .key(.control("q"))])
    #expect(run.status == 0)
    let screen = try #require(run.terminal.lastScreen)
    #expect(screen.size == Size(width: 80, height: 24))
  }
}

@Suite struct AppLoopOrderingTests {
  @Test func aDraftTimerQueuedBehindEnterLeavesNoDraftOfTheSavedAnswer() throws {
    let path = temporaryJournalPath()
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    let store = try JournalStore.open(path: path)
    var state = ShippedCourse.state()
    state.play([.beginRequested, .typed("Teaching")])
    var loop = AppLoop(
      terminal: MemoryTerminal(size: Size(width: 80, height: 24)),
      runner: EffectRunner(store: store, now: { Date(timeIntervalSince1970: 0) }), state: state)
    #expect(loop.process([.answerSubmitted, .draftTimerFired]) == nil)
    #expect(try store.drafts().isEmpty)
    #expect(try store.latestAnswers().map(\.value) == [.list(["Teaching"])])
  }
}
