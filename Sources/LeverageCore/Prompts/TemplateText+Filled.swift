extension TemplateText {
  /// The sentence with the user's words in its blanks; a blank with no fill keeps its
  /// `{name}` so a gap is visible rather than silently closed.
  public func filled(with fills: [TemplateFill]) -> String {
    var sentence = ""
    var blankIndex = 0
    for segment in segments {
      switch segment {
      case .literal(let text):
        sentence += text
      case .blank(let name):
        sentence += fills.text(forBlank: name, at: blankIndex) ?? "{\(name)}"
        blankIndex += 1
      }
    }
    return sentence
  }
}

extension [TemplateFill] {
  /// Fills are saved in the template's order, but a course edit may have moved or renamed
  /// blanks since, so the name decides and the position only breaks ties quickly.
  func text(forBlank name: String, at index: Int) -> String? {
    if indices.contains(index), self[index].blank == name { return self[index].text }
    return first { $0.blank == name }?.text
  }
}
