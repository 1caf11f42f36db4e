/// How many of a section's prompts are done, as every counter on screen shows it.
public struct SectionProgress: Equatable, Sendable {
  public let done: Int
  public let total: Int

  public init(done: Int, total: Int) {
    self.done = done
    self.total = total
  }
}

/// One rule for what is done, so the map, the prompt's header and the place a unit reopens
/// at never disagree: a prompt is done when it has an answer, or when it is optional and the
/// user moved past it with Enter and nothing typed (`skipped`). A mark on a prompt the course
/// now requires counts for nothing.
extension CoachState {
  func isDone(_ key: PromptKey, _ prompt: Prompt) -> Bool {
    answers[key] != nil || (!prompt.required && skipped.contains(key))
  }

  /// Where a unit reopens: not done yet, or left with a draft.
  func isOpen(_ key: PromptKey, _ prompt: Prompt) -> Bool {
    drafts[key] != nil || !isDone(key, prompt)
  }

  public func doneCount(unitIndex: Int) -> Int {
    let unit = outline.stops[unitIndex].unit
    return unit.prompts.filter { isDone(PromptKey(unitID: unit.id, promptID: $0.id), $0) }.count
  }

  /// The course proper's progress; the profile and the debrief count on their own.
  public var courseProgress: SectionProgress { progress(of: .course) }

  /// The progress of the section the unit at `unitIndex` is in: what its prompts' header shows.
  public func progress(around unitIndex: Int) -> SectionProgress {
    progress(of: outline.stops[unitIndex].section)
  }

  private func progress(of section: CourseOutline.Section) -> SectionProgress {
    let units = outline.stops.indices.filter { outline.stops[$0].section == section }
    return SectionProgress(
      done: units.reduce(0) { $0 + doneCount(unitIndex: $1) },
      total: units.reduce(0) { $0 + outline.stops[$1].unit.prompts.count })
  }

  public func hasDraft(unitIndex: Int) -> Bool {
    let unitID = outline.stops[unitIndex].unit.id
    return drafts.keys.contains { $0.unitID == unitID }
  }

  public func hasDraft(at position: PromptPosition) -> Bool {
    drafts[outline.key(at: position)] != nil
  }

  /// The first prompt not done or left with a draft, in course order; the very first when
  /// none is. The profile and the debrief are left out unless asked for: they are offered,
  /// never owed. A debrief is a new meeting's: it opens at a draft left in it, else at its
  /// start.
  func firstOpenPosition(inUnit unitIndex: Int? = nil) -> PromptPosition {
    let units =
      unitIndex.map { [$0] } ?? outline.stops.indices.filter { outline.stops[$0].inCourse }
    for index in units {
      let unit = outline.stops[index].unit
      for (promptIndex, prompt) in unit.prompts.enumerated() {
        let key = PromptKey(unitID: unit.id, promptID: prompt.id)
        guard startsAfresh(key) ? drafts[key] != nil : isOpen(key, prompt) else { continue }
        return PromptPosition(unitIndex: index, promptIndex: promptIndex)
      }
    }
    return PromptPosition(unitIndex: unitIndex ?? outline.firstCourseUnit, promptIndex: 0)
  }
}

extension CoachState {
  /// The part that begins at `position`, its first unit's first prompt, where the part's
  /// introduction is shown above the teaching; nil anywhere else.
  public func partOpening(at position: PromptPosition) -> Part? {
    let stop = outline.stops[position.unitIndex]
    let isFirstUnit =
      position.unitIndex == 0 || outline.stops[position.unitIndex - 1].partIndex != stop.partIndex
    guard position.promptIndex == 0, isFirstUnit else { return nil }
    return course.parts[stop.partIndex]
  }
}
