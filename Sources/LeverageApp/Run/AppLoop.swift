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
  /// The user's editor for Ctrl-X Ctrl-E.
  private var editor: ExternalEditor
  private var state: CoachState
  /// The key before the one being read, for the two-key Ctrl-X Ctrl-E and Esc Esc.
  private var previousKey: Key?
  private var previousKeyTime = ContinuousClock.now
  /// Two Escs closer than this are one Esc Esc ("get out", which keeps the map); further
  /// apart, the second is its own Esc (back to the prompt).
  static let doubleEscapeWindow = Duration.milliseconds(500)

  public init(
    terminal: any Terminal, runner: EffectRunner, state: CoachState,
    timeZone: TimeZone = .current,
    editor: ExternalEditor = ExternalEditor()
  ) {
    self.terminal = terminal
    self.runner = runner
    self.state = state
    self.timeZone = timeZone
    self.editor = editor
  }

  /// How long a burst of input that is already waiting (typing ahead, a paste the terminal
  /// did not bracket) is handled before a frame is drawn: one frame per burst instead of one
  /// per key, yet a long stream still shows its progress.
  static let burstBudget = Duration.milliseconds(50)
  /// A burst lasts at least this many times the last frame's cost, so drawing takes at most
  /// a fifth of the time while input streams in: a frame of a long unbroken paragraph costs
  /// more as it grows, and one per 50 ms would make a paste key by key quadratic.
  static let burstPerFrame = 4

  /// Runs until the coach quits or the input ends; returns the process exit status.
  /// `exitAfterFirstFrame` returns 0 once the first full frame is on the terminal, so the
  /// whole start (journal, course, curses, first draw) can be timed from outside.
  public mutating func run(exitAfterFirstFrame: Bool = false) -> Int32 {
    defer { editor.discard() }
    let clock = ContinuousClock()
    var lastDraftCheck = clock.now
    var carried: InputEvent?
    var frameCost = drawFrame()
    if exitAfterFirstFrame { return 0 }
    while true {
      var event = carried ?? terminal.nextEvent(timeoutMilliseconds: 250)
      carried = nil
      let deadline = clock.now.advanced(by: max(Self.burstBudget, frameCost * Self.burstPerFrame))
      while let current = event {
        let (events, next) = coachEvents(for: current, until: deadline)
        if let status = process(events) { return status }
        if clock.now >= deadline {
          carried = next
          break
        }
        event = next ?? terminal.nextEvent(timeoutMilliseconds: 0)
      }
      if clock.now - lastDraftCheck >= Self.draftInterval {
        lastDraftCheck = clock.now
        if let status = process([.draftTimerFired] + dayChange()) { return status }
      }
      frameCost = drawFrame()
    }
  }

  /// Draws the state; returns what it took.
  /// A run left open past midnight moves to the new day: due dates and the brief's date
  /// follow the clock, not the day the app started.
  private func dayChange() -> [CoachEvent] {
    let today = CalendarDate(runner.now(), in: timeZone)
    return today == state.today ? [] : [.dayBegan(today)]
  }

  private func drawFrame() -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    terminal.draw(Render.screen(state, size: terminal.size, timeZone: timeZone))
    return clock.now - start
  }

  /// What one input event means to the coach. Characters typed into a field that arrive
  /// together become one `typed` event, so the text is inserted and laid out once, not once
  /// per character; the event that ended the run comes back as `next`.
  private mutating func coachEvents(
    for event: InputEvent, until deadline: ContinuousClock.Instant
  ) -> (events: [CoachEvent], next: InputEvent?) {
    switch event {
    case .key(let key):
      let now = ContinuousClock.now
      let lateEscape = key == .escape && now - previousKeyTime > Self.doubleEscapeWindow
      let command = KeyMap.command(
        for: key, after: lateEscape ? nil : previousKey, state: state, size: terminal.size)
      previousKey = key
      previousKeyTime = now
      if case .character = key, case .coach(.typed(let text))? = command {
        return typedRun(startingWith: text, until: deadline)
      }
      switch command {
      case .coach(let coachEvent)?: return ([coachEvent], nil)
      case .suspend?: terminal.suspend()
      case .editInEditor?: return ([editInEditor()], nil)
      case .redraw?, nil: break
      }
    case .signal(let signal):
      return ([.signalReceived(exitStatus: signal.exitStatus)], nil)
    case .resize, .resumed:
      break
    }
    return ([], nil)
  }

  /// Lends the terminal to the user's editor with the answer typed so far; the draft is
  /// saved first, so a crash in the editor loses nothing already typed.
  private mutating func editInEditor() -> CoachEvent {
    guard let prompt = state.editor?.key else {
      return .editorFailed(message: "No answer is open.")
    }
    let text = state.editor?.activeField?.text ?? ""
    _ = process([.draftTimerFired])
    var outcome = CoachEvent.editorFailed(message: "Your editor did not run.")
    var editor = self.editor
    terminal.runOutside { outcome = editor.edit(text, for: prompt) }
    self.editor = editor
    return outcome
  }

  private func typedRun(startingWith text: String, until deadline: ContinuousClock.Instant)
    -> (events: [CoachEvent], next: InputEvent?)
  {
    var text = text
    let clock = ContinuousClock()
    while clock.now < deadline {
      guard let next = terminal.nextEvent(timeoutMilliseconds: 0) else { break }
      guard case .key(.character(let character)) = next else { return ([.typed(text)], next) }
      text.append(character)
    }
    return ([.typed(text)], nil)
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
