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
      title: "\(state.course.title) · \(part.title)", shortTitle: part.title,
      status: step + "  "
        + Chrome.progressLabel(state.progress(around: position.unitIndex), barWidth: 10),
      on: &screen)
    let content = PromptContent(state, position: position, size: size)
    TeachingPane.draw(
      content.teaching, scroll: state.teachingScroll, in: content.teachingArea, on: &screen)
    drawPrompt(state, position: position, in: content.promptArea, on: &screen)
  }

  private static func drawPrompt(
    _ state: CoachState, position: PromptPosition, in whole: Rect, on screen: inout Screen
  ) {
    // The notice keeps its row, two when it is too long for one.
    let (area, noticeArea) = whole.splitBottom(
      Chrome.noticeRows(state.notice, width: whole.width))
    let unit = state.outline.stops[position.unitIndex].unit
    let prompt = unit.prompts[position.promptIndex]
    let widgetHeight = AnswerWidget.minimumHeight(for: prompt.kind)
    var y = area.y
    // The answer and the notice under it always keep their rows; the question, principle,
    // hint and earlier answer take what is left above them, the question first.
    func room() -> Int { max(0, area.maxY - widgetHeight - y) }
    // A pushback's principle is named on the rule too, which keeps its row on a short screen.
    let label =
      " Prompt \(position.promptIndex + 1) of \(unit.prompts.count) "
      + (prompt.pushback.map { "· \($0.principle.title) " } ?? "")
      + (prompt.required ? "" : "· optional ") + (state.hasDraft(at: position) ? "· draft " : "")
    screen.put(
      "──" + label + String(repeating: "─", count: area.width), at: Point(x: area.x, y: y),
      style: Theme.rule, maxWidth: area.width)
    y += 1
    y += screen.putWrapped(
      prompt.question,
      in: Rect(x: area.x, y: y, width: area.width, height: max(1, min(Self.questionRows, room()))),
      style: Theme.heading)
    if let pushback = prompt.pushback,
      TextWrap.wrap(pushback.line, width: area.width).count <= min(2, room())
    {
      // The principle's cue, before the hint, and whole or not at all: a cue cut off reads
      // as different advice. The rule above names the principle either way.
      y += screen.putWrapped(
        pushback.line, in: Rect(x: area.x, y: y, width: area.width, height: min(2, room())),
        style: Theme.info)
    }
    if let hint = prompt.hint {
      y += screen.putWrapped(
        hint, in: Rect(x: area.x, y: y, width: area.width, height: min(2, room())),
        style: Theme.muted)
    }
    let key = PromptKey(unitID: unit.id, promptID: prompt.id)
    if let note = state.earlierAnswerNote(for: key, kind: prompt.kind)
      ?? state.lastMeetingNote(for: key)
    {
      // Two lines, as the hint has: the user's own words are read, not cut at the edge.
      y += screen.putWrapped(
        note, in: Rect(x: area.x, y: y, width: area.width, height: min(2, room())),
        style: Theme.info)
    }
    if room() > 0 { y += 1 }
    var widgetBottom = area.maxY
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
    Chrome.drawNotice(state.notice, in: noticeArea, on: &screen)
  }

  /// The most rows the question wraps to.
  static let questionRows = 3

  /// What the unit works out from the user's answers: its economics or the offer ladder.
  static func panelLines(_ state: CoachState, unit: Unit, rows: Int, width: Int)
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
    return TextAreaWidget.textWidth(for: layout.split(teachingLines: 0, promptRows: 0).prompt)
  }

  /// The rows the prompt keeps while the teaching is read: its rule, its question's first
  /// row, the answer's line with the cursor, and the notice (two rows when it is long).
  static func readingRows(notice: CoachState.Notice?, width: Int) -> Int {
    3 + Chrome.noticeRows(notice, width: width)
  }

  /// The rows a prompt needs below the teaching: its rule, its question, a blank row, the
  /// answer and the notice line.
  static func neededRows(for prompt: Prompt, width: Int) -> Int {
    let question = min(questionRows, TextWrap.wrap(prompt.question, width: width).count)
    return 1 + question + 1 + AnswerWidget.minimumHeight(for: prompt.kind) + 1
  }
}

/// The prompt screen's teaching and where it and the prompt go at a size. The key table reads
/// the scroll limit from here, so the keys and the drawing agree.
struct PromptContent {
  let teaching: [TeachingLine]
  let teachingArea: Rect
  let promptArea: Rect

  init(_ state: CoachState, position: PromptPosition, size: Size) {
    let layout = PromptLayout(size: size)
    let stop = state.outline.stops[position.unitIndex]
    let unit = stop.unit
    let hasPanel = unit.economics != nil || unit.ladder != nil || unit.debrief != nil
    // Stacked, the answer has little room under it for the figures: the teaching holds them
    // whole, worked sum and verdict included.
    let panel =
      hasPanel && !layout.sideBySide
      ? PromptScreen.panelLines(state, unit: unit, rows: .max, width: layout.teachingWidth) : []
    teaching = TeachingPane.lines(
      unit, stepNumber: stop.stepNumber,
      note: ProfileSpotlight.earlyCareerNote(
        on: unit, course: state.course, answers: state.answers),
      specialty: ProfileSpotlight.specialty(course: state.course, answers: state.answers),
      panel: panel, opening: state.partOpening(at: position),
      width: layout.teachingWidth)
    let prompt = unit.prompts[position.promptIndex]
    let answering = layout.split(
      teachingLines: teaching.count,
      promptRows: PromptScreen.neededRows(for: prompt, width: layout.promptWidth))
    let reading = layout.split(
      teachingLines: teaching.count,
      promptRows: PromptScreen.readingRows(notice: state.notice, width: layout.promptWidth),
      share: 1)
    // Scrolled, the user is reading: stacked, the teaching takes the body but a line each of
    // the prompt's rule, question and answer, a screen at a time; back at the top, or once
    // she types, the whole answer is back.
    (teachingArea, promptArea) = state.teachingScroll > 0 ? reading : answering
    let answeringLimit = ScrolledLines.limit(
      lineCount: teaching.count, height: answering.teaching.height)
    let readingLimit = ScrolledLines.limit(
      lineCount: teaching.count, height: reading.teaching.height)
    // At least one step when the answering layout hides lines, so Alt-↓ opens the reading one
    // even where it shows them all.
    scrollLimit = answeringLimit > 0 ? max(1, readingLimit) : 0
    page = max(1, reading.teaching.height - 2)
  }

  /// How far the teaching scrolls at this size.
  let scrollLimit: Int

  /// One press moves the text rows the reading layout shows less one, so a line stays for
  /// context.
  let page: Int
}

/// Where the teaching and the prompt go: stacked on narrow terminals, side by side on wide ones.
struct PromptLayout {
  let body: Rect
  let sideBySide: Bool

  init(size: Size) {
    // Below the header's three rows, above the footer's one, two columns in from each side.
    body = Rect(size: size).inset(horizontal: 2).splitTop(3).1.splitBottom(1).0
    sideBySide = size.width >= PromptScreen.sideBySideWidth
  }

  /// Side by side, the teaching takes two fifths of the body, less a gutter.
  private var teachingColumn: Int { body.width * 2 / 5 }

  var teachingWidth: Int { sideBySide ? max(0, teachingColumn - 2) : body.width }
  var promptWidth: Int { sideBySide ? max(0, body.width - teachingColumn - 1) : body.width }

  /// The teaching's rectangle and the prompt's, for `teachingLines` lines of teaching and a
  /// prompt that needs `promptRows` rows. Stacked, the teaching gets at most `share` of the
  /// body (two fifths while answering) and never pushes the prompt's rows off screen; it
  /// keeps two rows, one line and its marker, however small the terminal.
  func split(teachingLines: Int, promptRows: Int, share: Double = 0.4)
    -> (teaching: Rect, prompt: Rect)
  {
    if sideBySide {
      let (left, right) = body.splitLeft(teachingColumn + 1)
      return (left.splitLeft(teachingWidth).0, right)
    }
    let room = min(Int(Double(body.height) * share), body.height - promptRows - 1)
    let rows = min(teachingLines, max(2, room))
    let (teaching, rest) = body.splitTop(rows)
    // The blank row between them goes first when space is short: the prompt's rule divides.
    let gap = rows + 1 + promptRows <= body.height ? 1 : 0
    return (teaching, rest.splitTop(gap).1)
  }
}
