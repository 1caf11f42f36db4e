extension PromptInput {
  /// A fresh widget's content. A percent's default is not typed in: an empty field means
  /// "use the default", so the user sees it as a hint rather than text to delete.
  public static func empty(for kind: PromptKind) -> PromptInput {
    switch kind {
    case .text: .text("")
    case .list(let rule): .list(Array(repeating: "", count: rule.rowCount))
    case .choice: .choice(selected: [], other: "")
    case .scale: .scale(nil)
    case .money, .percent, .number, .date: .field("")
    case .template(let template): .template(template.blanks.map { _ in "" })
    }
  }

  /// A saved answer back in its widget for editing, typed so the validator reads it back
  /// as the same answer. An answer that no longer fits the prompt's kind opens empty.
  public init(answer: AnswerValue, kind: PromptKind) {
    switch (answer, kind) {
    case (.text(let text), .text):
      self = .text(text)
    case (.list(let items), .list(let rule)):
      self = .list(items + Array(repeating: "", count: max(0, rule.rowCount - items.count)))
    case (.choice(let selected, let other), .choice(let rule)):
      // An option renamed in the course file since the answer was saved cannot be ticked.
      let indexes = selected.compactMap { rule.options.firstIndex(of: $0) }
      self = .choice(selected: indexes, other: other ?? "")
    case (.scale(let value), .scale):
      self = .scale(value)
    case (.money(let cents), .money):
      // The field draws its own "$", so the figure is written without one.
      self = .field(MoneyFormat.figure(cents))
    case (.percent(let value), .percent), (.number(let value), .number):
      self = .field(DecimalText.plain(value))
    case (.date(let date), .date):
      self = .field(date.iso)
    case (.template(let fills), .template(let template)):
      self = .template(
        template.blanks.enumerated().map { index, blank in
          fills.text(forBlank: blank, at: index) ?? ""
        })
    default:
      self = .empty(for: kind)
    }
  }
}

extension ListRule {
  /// A list shows as many rows as it needs filled, and at least one to type into.
  fileprivate var rowCount: Int { exactly ?? max(minimum, 1) }
}
