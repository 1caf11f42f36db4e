import Foundation
import LeverageApp
import LeverageCore
import LeverageResources
import TerminalUI

// The in-process cost of one keystroke in a text answer: `Coach.update`, `Render.screen` and
// `ScreenDiff.changes`, as `AppLoop` runs them, without the terminal. Run by `make bench`;
// prints one JSON object so bench/run.sh can read it. Not a test: it asserts nothing.

/// A text prompt late in the course, so the outline, map counts and economics are all built.
let key = PromptKey(unitID: "clarity", promptID: "value-story")
let keystrokes = 2_000
/// Characters typed before timing starts, so the answer wraps over several lines as real
/// answers do (the generated journals average about this length).
let warmUpCharacters = 400

func shippedCourse() -> Course? {
  guard let url = CourseResource.defaultCourseURL else { return nil }
  return try? CourseLoader.load(from: url)
}

/// Every prompt answered, as in a long-used journal; the text prompt on screen is empty.
func startState(_ course: Course) -> CoachState {
  var answers: [PromptKey: AnswerValue] = [:]
  for unit in course.parts.flatMap(\.units) {
    for prompt in unit.prompts where PromptKey(unitID: unit.id, promptID: prompt.id) != key {
      answers[PromptKey(unitID: unit.id, promptID: prompt.id)] = .text("An earlier answer.")
    }
  }
  return CoachState(course: course, answers: answers, drafts: [:], place: .prompt(key))
}

/// The median of `count` keystrokes, in microseconds, at one terminal size.
func keystrokeMicroseconds(_ course: Course, size: Size, count: Int) -> Double {
  var state = startState(course)
  let sentence = Array("Negotiated call coverage, a signing bonus and protected research time. ")
  for index in 0..<warmUpCharacters {
    _ = Coach.update(&state, .typed(String(sentence[index % sentence.count])))
  }
  var previous = Render.screen(state, size: size)
  let clock = ContinuousClock()
  var samples: [Double] = []
  samples.reserveCapacity(count)
  var changed = 0
  for index in 0..<count {
    let start = clock.now
    _ = Coach.update(&state, .typed(String(sentence[index % sentence.count])))
    let screen = Render.screen(state, size: size)
    changed += ScreenDiff.changes(from: previous, to: screen).count
    previous = screen
    let (seconds, attoseconds) = (clock.now - start).components
    samples.append(Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
  }
  // Keeps the diff from being optimised away.
  if changed < 0 { print(changed) }
  samples.sort()
  return samples[samples.count / 2]
}

func microseconds(_ duration: Duration) -> Double {
  let (seconds, attoseconds) = duration.components
  return Double(seconds) * 1e6 + Double(attoseconds) / 1e12
}

/// A bracketed paste of `characters` into the empty text answer (`Coach.update` and one
/// `Render.screen`) in milliseconds, then the median of 20 keystrokes typed after it in µs:
/// every frame lays out the whole answer, so this is what a long answer costs to edit.
func pasteCost(_ course: Course, characters: Int, size: Size) -> (paste: Double, after: Double) {
  var state = startState(course)
  let text = String(repeating: "pasted text\n", count: characters / 12)
  let clock = ContinuousClock()
  let start = clock.now
  _ = Coach.update(&state, .typed(text))
  _ = Render.screen(state, size: size)
  let paste = microseconds(clock.now - start) / 1000
  var samples: [Double] = []
  for _ in 0..<20 {
    let keyStart = clock.now
    _ = Coach.update(&state, .typed("a"))
    _ = Render.screen(state, size: size)
    samples.append(microseconds(clock.now - keyStart))
  }
  samples.sort()
  return (paste, samples[samples.count / 2])
}

guard let course = shippedCourse() else {
  FileHandle.standardError.write(Data("LeverageBench: the shipped course did not load\n".utf8))
  exit(1)
}
let small = keystrokeMicroseconds(course, size: Size(width: 80, height: 24), count: keystrokes)
let large = keystrokeMicroseconds(course, size: Size(width: 120, height: 40), count: keystrokes)
let megabyte = pasteCost(course, characters: 1_000_000, size: Size(width: 120, height: 40))
print(
  "{\"keystroke_us_80x24\": \(small), \"keystroke_us_120x40\": \(large), "
    + "\"keystrokes\": \(keystrokes), \"paste_ms_1mb\": \(megabyte.paste), "
    + "\"keystroke_us_after_1mb\": \(megabyte.after)}")
