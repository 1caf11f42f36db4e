import Foundation
import LeverageCore
import TerminalUI

/// The one loop: wait for an event, let the coach update, run its effects, draw the result.
public struct AppLoop {
  /// How often a changed draft is handed to the journal while the user types.
  public static let draftInterval = Duration.seconds(1)

  private let terminal: any Terminal
  private let runner: EffectRunner
  private let timeZone: TimeZone
  /// The user's editor for Ctrl-X Ctrl-E: the real one, or a stand-in in tests.
  private let editText: (String) -> CoachEvent
  private var state: CoachState

  public init(
    terminal: any Terminal, runner: EffectRunner, state: CoachState,
    timeZone: TimeZone = .current,
    editText: @escaping (String) -> CoachEvent = { ExternalEditor.edit($0) }
  ) {
    self.terminal = terminal
    self.runner = runner
    self.state = state
    self.timeZone = timeZone
    self.editText = editText
  }

  public var currentState: CoachState { state }

  /// Runs until the coach quits or the input ends; returns the process exit status.
  /// `exitAfterFirstFrame` returns 0 once the first full frame is on the terminal, so the
  /// whole start (journal, course, curses, first draw) can be timed from outside.
  public mutating func run(exitAfterFirstFrame: Bool = false) -> Int32 {
    let clock = ContinuousClock()
    var lastDraftCheck = clock.now
    var previousKey: Key?
    terminal.draw(Render.screen(state, size: terminal.size, timeZone: timeZone))
    if exitAfterFirstFrame { return 0 }
    while true {
      let event = terminal.nextEvent(timeoutMilliseconds: 250)
      var events: [CoachEvent] = []
      switch event {
      case .key(let key)?:
        switch KeyMap.command(for: key, after: previousKey, state: state, size: terminal.size) {
        case .coach(let coachEvent)?: events.append(coachEvent)
        case .suspend?: terminal.suspend()
        case .editInEditor?: events.append(editInEditor())
        case .redraw?, nil: break
        }
        previousKey = key
      case .signal(let signal)?:
        events.append(.signalReceived(exitStatus: signal.exitStatus))
      case .resize?, .resumed?, nil:
        break
      }
      if clock.now - lastDraftCheck >= Self.draftInterval {
        lastDraftCheck = clock.now
        events.append(.draftTimerFired)
      }
      if let status = process(events) { return status }
      terminal.draw(Render.screen(state, size: terminal.size, timeZone: timeZone))
    }
  }

  /// Lends the terminal to the user's editor with the answer typed so far; the draft is
  /// saved first, so a crash in the editor loses nothing already typed.
  private mutating func editInEditor() -> CoachEvent {
    let text = state.editor?.activeField?.text ?? ""
    _ = process([.draftTimerFired])
    var outcome = CoachEvent.editorFailed(message: "Your editor did not run.")
    terminal.runOutside { outcome = editText(text) }
    return outcome
  }

  /// Feeds events to the coach, and the results of its effects back in, until all is done.
  /// A result goes in before the events still waiting, as if the journal answered at once:
  /// a draft timer queued behind an Enter must see the answer saved, not a stale editor.
  mutating func process(_ events: [CoachEvent]) -> Int32? {
    var queue = events
    while !queue.isEmpty {
      let event = queue.removeFirst()
      var results: [CoachEvent] = []
      for effect in Coach.update(&state, event) {
        switch runner.run(effect) {
        case .events(let produced): results += produced
        case .quit(let status): return status
        }
      }
      queue.insert(contentsOf: results, at: 0)
    }
    return nil
  }
}
