import PlainText

extension CoachState {
  /// The earlier answer to the same question, as this prompt's starting input, when it
  /// fits this prompt's kind; words asked again as a figure are shown, not carried.
  public func carriedInput(for key: PromptKey, kind: PromptKind) -> PromptInput? {
    guard answers[key] == nil, let earlier = course.earlierAnswer(for: key, in: answers) else {
      return nil
    }
    let input = PromptInput(answer: earlier.value, kind: kind)
    return input == .empty(for: kind) ? nil : input
  }

  /// One line under the question about the earlier answer to it: that it was carried over
  /// (until this prompt has an answer of its own), or the words given there.
  public func earlierAnswerNote(for key: PromptKey, kind: PromptKind) -> String? {
    guard let earlier = course.earlierAnswer(for: key, in: answers) else { return nil }
    let place = outline.placeName(of: earlier.from)
    if carriedInput(for: key, kind: kind) != nil {
      return "Carried over from \(place): edit it if it has changed."
    }
    guard PromptInput(answer: earlier.value, kind: kind) == .empty(for: kind) else { return nil }
    return "In \(place) you wrote: “\(PlainText.oneLine(earlier.value.displayText))”"
  }
}

extension CoachState {
  /// Under a debrief's question, what the last meeting's entry said: this one starts empty
  /// as a new meeting's, and the earlier ones stay in the review.
  public func lastMeetingNote(for key: PromptKey) -> String? {
    guard startsAfresh(key), let last = answers[key] else { return nil }
    return "Last meeting: “\(PlainText.oneLine(last.displayText))”. This is a new entry; the "
      + "review keeps every meeting."
  }
}

extension CourseOutline {
  /// `Step 6`, or the unit's title where it has no step number.
  func placeName(of key: PromptKey) -> String {
    guard let stop = stops.first(where: { $0.unit.id == key.unitID }) else { return "earlier" }
    return stop.stepNumber.map { "Step \($0)" } ?? stop.unit.title
  }
}
