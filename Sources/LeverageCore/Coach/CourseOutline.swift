/// The course flattened into the order the user walks it, with step numbers, so moving
/// forward and back is index arithmetic.
public struct CourseOutline: Equatable, Sendable {
  public struct Stop: Equatable, Sendable {
    public let partIndex: Int
    public let unit: Unit
    /// 1-based among numbered units; `nil` for the wrap-up and the profile.
    public let stepNumber: Int?
    /// The profile is walked like a unit but sits outside the course: no step, no progress.
    public let inProfile: Bool
    /// The debrief is for after a meeting: like the profile, it is walked on its own and never
    /// counts toward progress.
    public let afterMeeting: Bool

    /// Part of the course proper, whose prompts are owed and counted.
    public var inCourse: Bool { !inProfile && !afterMeeting }

    /// The stops walked together and counted together: Ctrl-N/P and a progress count never
    /// cross from one section to another.
    public var section: Section { inProfile ? .profile : afterMeeting ? .afterMeeting : .course }
  }

  public enum Section: Equatable, Sendable {
    case course
    case profile
    case afterMeeting
  }

  public let stops: [Stop]
  public let stepCount: Int

  public init(course: Course) {
    var stops: [Stop] = []
    var step = 0
    for (partIndex, part) in course.parts.enumerated() {
      for unit in part.units {
        if part.numbered { step += 1 }
        stops.append(
          Stop(
            partIndex: partIndex, unit: unit, stepNumber: part.numbered ? step : nil,
            inProfile: unit.profile != nil, afterMeeting: unit.debrief != nil))
      }
    }
    self.stops = stops
    self.stepCount = step
  }

  /// The course's prompts; the profile's and the debrief's are never owed.
  public var promptCount: Int {
    stops.filter(\.inCourse).reduce(0) { $0 + $1.unit.prompts.count }
  }

  /// The first unit of the course proper, where a walk starts.
  public var firstCourseUnit: Int { stops.firstIndex(where: \.inCourse) ?? 0 }

  public func position(of key: PromptKey) -> PromptPosition? {
    guard let unitIndex = stops.firstIndex(where: { $0.unit.id == key.unitID }),
      let promptIndex = stops[unitIndex].unit.prompts.firstIndex(where: { $0.id == key.promptID })
    else { return nil }
    return PromptPosition(unitIndex: unitIndex, promptIndex: promptIndex)
  }

  /// "3 What is your salary…": the step and the question an answer belongs to, as the
  /// review and `journal search` list it. An answer kept from a prompt this course does not
  /// have says so, as `leverage journal list` does.
  public func label(of key: PromptKey) -> String {
    guard let position = position(of: key) else {
      return "[not in this course] \(key.unitID)/\(key.promptID)"
    }
    let step = stops[position.unitIndex].stepNumber.map { "\($0)" } ?? "·"
    return "\(step) \(prompt(at: position).question)"
  }

  public func prompt(at position: PromptPosition) -> Prompt {
    stops[position.unitIndex].unit.prompts[position.promptIndex]
  }

  public func key(at position: PromptPosition) -> PromptKey {
    PromptKey(unitID: stops[position.unitIndex].unit.id, promptID: prompt(at: position).id)
  }

  /// The next prompt in course order, crossing into the next unit; `nil` after the last.
  /// Never crosses between the profile, the course and the debrief.
  public func position(after position: PromptPosition) -> PromptPosition? {
    if position.promptIndex + 1 < stops[position.unitIndex].unit.prompts.count {
      return PromptPosition(unitIndex: position.unitIndex, promptIndex: position.promptIndex + 1)
    }
    return ((position.unitIndex + 1)..<stops.count).first { walkable($0, from: position) }
      .map { PromptPosition(unitIndex: $0, promptIndex: 0) }
  }

  /// The previous prompt in course order; `nil` before the first.
  public func position(before position: PromptPosition) -> PromptPosition? {
    if position.promptIndex > 0 {
      return PromptPosition(unitIndex: position.unitIndex, promptIndex: position.promptIndex - 1)
    }
    return (0..<position.unitIndex).last { walkable($0, from: position) }
      .map { PromptPosition(unitIndex: $0, promptIndex: stops[$0].unit.prompts.count - 1) }
  }

  private func walkable(_ unitIndex: Int, from position: PromptPosition) -> Bool {
    !stops[unitIndex].unit.prompts.isEmpty
      && stops[unitIndex].section == stops[position.unitIndex].section
  }
}

/// A prompt's place in the outline.
public struct PromptPosition: Hashable, Sendable {
  public let unitIndex: Int
  public let promptIndex: Int

  public init(unitIndex: Int, promptIndex: Int) {
    self.unitIndex = unitIndex
    self.promptIndex = promptIndex
  }
}
