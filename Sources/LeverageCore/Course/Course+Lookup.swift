extension Course {
  /// Every unit in course order, wrap-up included.
  public var units: [Unit] {
    parts.flatMap(\.units)
  }

  /// The units that count as steps ("step 3 of 9"), in course order.
  public var numberedUnits: [Unit] {
    parts.filter(\.numbered).flatMap(\.units)
  }

  /// Every prompt's key, in course order: what to read when only the latest answer of each
  /// prompt matters, one index seek each rather than a pass over every revision.
  public var promptKeys: [PromptKey] {
    units.flatMap { unit in unit.prompts.map { PromptKey(unitID: unit.id, promptID: $0.id) } }
  }

  public func unit(id: String) -> Unit? {
    units.first { $0.id == id }
  }

  public func prompt(_ key: PromptKey) -> Prompt? {
    unit(id: key.unitID)?.prompts.first { $0.id == key.promptID }
  }
}

extension Course {
  /// The unit that sets the offer ladder; the first, should a course have several.
  public var ladderUnit: (unit: Unit, inputs: LadderInputs)? {
    units.lazy.compactMap { unit in unit.ladder.map { (unit, $0) } }.first
  }

  /// The after-the-meeting debrief unit, if the course has one.
  public var debriefUnit: (unit: Unit, inputs: DebriefInputs)? {
    units.lazy.compactMap { unit in unit.debrief.map { (unit, $0) } }.first
  }
}
