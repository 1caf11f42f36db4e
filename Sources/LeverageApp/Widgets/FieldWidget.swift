import LeverageCore
import TerminalUI

/// Money, percent, number and date: one line, with the format shown and the value read back.
enum FieldWidget {
  static func draw(_ buffer: TextBuffer, kind: PromptKind, in area: Rect, on screen: inout Screen) {
    let (prefix, placeholder) = decoration(for: kind)
    let fieldWidth = min(32, area.width - DisplayWidth.of(prefix) - 2)
    let x = area.x + screen.put(prefix, at: Point(x: area.x, y: area.y), style: Theme.heading)
    LineEditor.draw(
      buffer, at: Point(x: x, y: area.y), width: fieldWidth, focused: true,
      placeholder: placeholder, on: &screen)
    if area.height > 1, let readBack = readBack(buffer.text, kind: kind) {
      screen.put(
        readBack, at: Point(x: area.x, y: area.y + 1), style: Theme.muted,
        maxWidth: area.width)
    }
  }

  private static func decoration(for kind: PromptKind) -> (String, String) {
    switch kind {
    // A rate (per wRVU) is dollars and cents; a yearly figure is thousands.
    case .money(let maximum) where maximum < 10_000: ("$ ", "e.g. 52.50")
    case .money: ("$ ", "e.g. 250k or 250,000")
    case .percent(let value?): ("% ", "\(format(value)) if left empty")
    case .percent: ("% ", "0 to 100")
    case .number(let unit?): ("# ", unit)
    case .number: ("# ", "a number")
    default: ("", "YYYY-MM-DD, e.g. 2026-03-15")
    }
  }

  /// How the app understood the typed text, so `250k` is seen to mean $250,000 before saving.
  private static func readBack(_ text: String, kind: PromptKind) -> String? {
    guard !text.allSatisfy(\.isWhitespace) else { return nil }
    let prompt = Prompt(id: "field", question: "", kind: kind)
    guard case .success(let value?) = PromptValidator.validate(.field(text), for: prompt) else {
      return nil
    }
    // A count reads back with what it counts: "= 12,400 wRVUs a year".
    if case .number(let unit?) = kind { return "= \(value.displayText) \(unit)" }
    return "= " + value.displayText
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
