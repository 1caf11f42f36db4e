import LeverageCore
import TerminalUI

/// A unit's teaching beside (or above) its current prompt and the answer widget.
enum PromptScreen {
  /// From this width the teaching pane sits beside the prompt instead of above it.
  static let sideBySideWidth = 110

  static func draw(_ state: CoachState, position: PromptPosition, on screen: inout Screen) {
    let size = screen.size
    let stop = state.outline.stops[position.unitIndex]
    let part = state.course.parts[stop.partIndex]
    let step =
      stop.stepNumber.map { "Step \($0) of \(state.outline.stepCount)" }
      ?? (stop.inProfile ? "Profile" : stop.afterMeeting ? "After the meeting" : "Last step")
    Chrome.drawHeader(
      title: "\(state.course.title) · \(part.title)",
      status: step + "  "
        + Chrome.progressLabel(
          done: state.answeredTotal, total: state.outline.promptCount, barWidth: 10),
      on: &screen)
    let layout = PromptLayout(size: size)
    let teachingRows = TeachingPane.draw(
      stop.unit, stepNumber: stop.stepNumber,
      note: ProfileSpotlight.earlyCareerNote(
        on: stop.unit, course: state.course, answers: state.answers),
      specialty: ProfileSpotlight.specialty(course: state.course, answers: state.answers),
      in: layout.teaching(for: stop.unit), on: &screen)
    let promptArea = layout.prompt(afterTeachingRows: teachingRows)
    drawPrompt(state, position: position, in: promptArea, on: &screen)
  }

  private static func drawPrompt(
    _ state: CoachState, position: PromptPosition, in area: Rect, on screen: inout Screen
  ) {
    let unit = state.outline.stops[position.unitIndex].unit
    let prompt = unit.prompts[position.promptIndex]
    var y = area.y
    let label =
      " Prompt \(position.promptIndex + 1) of \(unit.prompts.count) "
      + (prompt.required ? "" : "· optional ")
    screen.put(
      "──" + label + String(repeating: "─", count: area.width), at: Point(x: area.x, y: y),
      style: Theme.rule, maxWidth: area.width)
    y += 1
    y += screen.putWrapped(
      prompt.question, in: Rect(x: area.x, y: y, width: area.width, height: 2),
      style: Theme.heading)
    if let hint = prompt.hint {
      y += screen.putWrapped(
        hint, in: Rect(x: area.x, y: y, width: area.width, height: 2), style: Theme.muted)
    }
    let key = PromptKey(unitID: unit.id, promptID: prompt.id)
    if let note = state.earlierAnswerNote(for: key, kind: prompt.kind) {
      // Two lines, as the hint has: the user's own words are read, not cut at the edge.
      y += screen.putWrapped(
        note, in: Rect(x: area.x, y: y, width: area.width, height: 2), style: Theme.info)
    }
    y += 1
    var widgetBottom = area.maxY - 1
    let widgetHeight = AnswerWidget.minimumHeight(for: prompt.kind)
    if unit.economics != nil || unit.ladder != nil || unit.debrief != nil {
      // One-line answers keep the figures just below them; taller widgets push them down.
      let room = widgetBottom - y - widgetHeight
      let lines = panelLines(state, unit: unit, rows: room, width: area.width)
      let gap = lines.count < room ? 1 : 0
      let panelTop =
        AnswerWidget.isOneLine(prompt.kind)
        ? y + widgetHeight + gap : widgetBottom - lines.count
      for (offset, line) in lines.enumerated() {
        screen.put(line, at: Point(x: area.x, y: panelTop + offset), style: Theme.source)
      }
      widgetBottom = min(widgetBottom, panelTop)
    }
    if let editor = state.editor {
      AnswerWidget.draw(
        editor, prompt: prompt,
        in: Rect(x: area.x, y: y, width: area.width, height: widgetBottom - y), on: &screen)
    }
    Chrome.drawNotice(
      state.notice, at: Point(x: area.x, y: area.maxY - 1), width: area.width, on: &screen)
  }

  /// What the unit works out from the user's answers: its economics or the offer ladder.
  private static func panelLines(_ state: CoachState, unit: Unit, rows: Int, width: Int)
    -> [String]
  {
    if let inputs = unit.economics {
      return EconomicsPanel.lines(
        state: state, unit: unit, inputs: inputs, rows: rows, width: width)
    }
    return LadderPanel.lines(state: state, rows: rows, width: width)
  }
}

extension PromptScreen {
  /// The width a text answer wraps at on a terminal of `size`; Up and Down need it.
  static func answerTextWidth(for size: Size) -> Int {
    let layout = PromptLayout(size: size)
    return TextAreaWidget.textWidth(for: layout.prompt(afterTeachingRows: 0))
  }
}

/// Where the teaching and the prompt go: stacked on narrow terminals, side by side on wide ones.
struct PromptLayout {
  let body: Rect
  let sideBySide: Bool

  init(size: Size) {
    body = Rect(x: 2, y: 3, width: size.width - 4, height: size.height - 4)
    sideBySide = size.width >= PromptScreen.sideBySideWidth
  }

  private var teachingWidth: Int { sideBySide ? body.width * 2 / 5 : body.width }

  func teaching(for unit: Unit) -> Rect {
    if sideBySide {
      return Rect(x: body.x, y: body.y, width: teachingWidth - 2, height: body.height)
    }
    // The prompt needs room more than the teaching does: cap the teaching at 40 % of the body.
    return Rect(x: body.x, y: body.y, width: body.width, height: body.height * 2 / 5)
  }

  func prompt(afterTeachingRows rows: Int) -> Rect {
    if sideBySide {
      let x = body.x + teachingWidth + 1
      return Rect(x: x, y: body.y, width: body.maxX - x, height: body.height)
    }
    let y = body.y + rows + 1
    return Rect(x: body.x, y: y, width: body.width, height: body.maxY - y)
  }
}
