extension AnswerValue {
  /// The answer as a short line for reviews and lists. Templates show `blank: text` pairs;
  /// `TemplateText.filled(with:)` renders the sentence when the template is at hand.
  public var displayText: String {
    switch self {
    case .text(let text): text
    case .list(let items): items.joined(separator: "; ")
    case .choice(let selected, let other):
      (selected + (other.map { ["other: \($0)"] } ?? [])).joined(separator: ", ")
    case .scale(let value): String(value)
    case .money(let cents): MoneyFormat.dollars(cents)
    case .percent(let value): DecimalText.plain(value) + "%"
    case .number(let value): DecimalText.grouped(value)
    case .date(let date): date.iso
    case .template(let fills): fills.map { "\($0.blank): \($0.text)" }.joined(separator: "; ")
    }
  }

  /// What the full-text index reads: every word of the answer, one item a line, with the
  /// characters of scripts written without spaces standing apart (`UnspacedScript`). Money
  /// and counts appear both as shown and as bare digits, since a search for "250000" should
  /// find "$250,000".
  public var searchText: String {
    UnspacedScript.spacedOut(indexedText)
  }

  private var indexedText: String {
    switch self {
    case .list(let items): items.joined(separator: "\n")
    case .choice(let selected, let other):
      (selected + [other].compactMap { $0 }).joined(separator: "\n")
    case .money(let cents): "\(MoneyFormat.dollars(cents)) \(MoneyFormat.plainDollars(cents))"
    case .number(let value): "\(DecimalText.grouped(value)) \(DecimalText.plain(value))"
    case .template(let fills): fills.map(\.text).joined(separator: "\n")
    case .text, .scale, .percent, .date: displayText
    }
  }
}
