/// The answer being typed into the current prompt: its text fields, which one has focus, and
/// for choices and scales what is picked. Every prompt kind is edited through this one shape.
public struct PromptEditor: Equatable, Sendable {
  public let key: PromptKey
  public let kind: PromptKind
  /// text and one-line fields: one buffer; list: one per item; template: one per blank;
  /// choice: one, the "other" text.
  public private(set) var fields: [TextBuffer]
  /// list and template: the focused field; choice: the focused option row, where
  /// `options.count` is the "other" row.
  public private(set) var focus: Int
  public private(set) var selected: Set<Int>
  public private(set) var scale: Int?
  /// Whether the user has moved the focus since the prompt opened: only then does Enter on
  /// a single choice take the highlighted option as their pick.
  public private(set) var hasMovedFocus = false

  public init(key: PromptKey, kind: PromptKind, input: PromptInput) {
    self.key = key
    self.kind = kind
    self.focus = 0
    self.selected = []
    self.scale = nil
    // A draft of another shape (the course file changed the prompt's kind) starts empty.
    let input = input.fits(kind) ? input : .empty(for: kind)
    switch (kind, input) {
    case (.text, .text(let text)):
      fields = [TextBuffer(text, multiline: true)]
    case (.list(let rule), .list(let items)):
      let count = max(items.count, rule.exactly ?? rule.minimum, 1)
      fields = (0..<count).map { TextBuffer($0 < items.count ? items[$0] : "", multiline: false) }
    case (.choice(let rule), .choice(let picked, let other)):
      fields = [TextBuffer(other, multiline: false)]
      selected = Set(picked.filter { rule.options.indices.contains($0) })
      focus = picked.first.map { min($0, rule.options.count) } ?? 0
    case (.scale, .scale(let value)):
      fields = []
      scale = value
    case (.template(let template), .template(let texts)):
      fields = template.blanks.indices.map {
        TextBuffer($0 < texts.count ? texts[$0] : "", multiline: false)
      }
    default:
      if case .field(let text) = input {
        fields = [TextBuffer(text, multiline: false)]
      } else {
        fields = [TextBuffer("", multiline: false)]
      }
    }
  }

  /// What the widget holds now, in the form drafts are saved and answers validated.
  public var input: PromptInput {
    switch kind {
    case .text: .text(fields.first?.text ?? "")
    case .list: .list(fields.map(\.text))
    case .choice: .choice(selected: selected.sorted(), other: fields.first?.text ?? "")
    case .scale: .scale(scale)
    case .template: .template(fields.map(\.text))
    case .money, .percent, .number, .date: .field(fields.first?.text ?? "")
    }
  }

  /// The buffer that typing goes into, if any: none while a choice option row has focus.
  public var activeFieldIndex: Int? {
    switch kind {
    case .text, .money, .percent, .number, .date: 0
    case .list, .template: focus
    case .choice(let rule): focus == rule.options.count && rule.allowsOther ? 0 : nil
    case .scale: nil
    }
  }

  public var activeField: TextBuffer? {
    activeFieldIndex.map { fields[$0] }
  }

  public mutating func editActiveField(_ edit: (inout TextBuffer) -> Void) {
    guard let index = activeFieldIndex else { return }
    edit(&fields[index])
    // A single choice holds one answer: typing "other" replaces a picked option.
    if case .choice(let rule) = kind, !rule.multiple, !fields[0].isBlank { selected = [] }
  }

  /// Moves focus between list items, template blanks or choice rows; wraps around.
  public mutating func moveFocus(by step: Int) {
    let count = focusableCount
    guard count > 0 else { return }
    focus = ((focus + step) % count + count) % count
    hasMovedFocus = true
  }

  /// Focuses list item, template blank or choice row `index`; anything else is ignored.
  public mutating func setFocus(_ index: Int) {
    guard (0..<focusableCount).contains(index), index != focus else { return }
    focus = index
    hasMovedFocus = true
  }

  /// Adds an empty list item after the focused one, if the list may grow.
  public mutating func insertItem() {
    guard case .list(let rule) = kind, rule.exactly.map({ fields.count < $0 }) ?? true else {
      return
    }
    fields.insert(TextBuffer("", multiline: false), at: focus + 1)
    focus += 1
  }

  /// When a list has fewer items than its rule asks, focuses the first empty one (a new one
  /// when none is empty), so the next words start the item that is missing. Returns whether
  /// the focus moved.
  public mutating func focusEmptyItemIfShort() -> Bool {
    guard case .list(let rule) = kind else { return false }
    let filled = fields.filter { !$0.isBlank }.count
    guard filled < max(rule.exactly ?? rule.minimum, 1) else { return false }
    if let blank = fields.firstIndex(where: \.isBlank) {
      guard blank != focus else { return false }
      focus = blank
    } else {
      focus = fields.count - 1
      insertItem()
    }
    hasMovedFocus = true
    return true
  }

  /// Removes the focused list item when it is empty and the list keeps its minimum.
  public mutating func removeEmptyItem() -> Bool {
    guard case .list(let rule) = kind, fields[focus].text.isEmpty,
      fields.count > max(rule.exactly ?? rule.minimum, 1)
    else { return false }
    fields.remove(at: focus)
    focus = max(0, focus - 1)
    return true
  }

  /// Moves the focused list item up or down, for ranking.
  public mutating func moveItem(by step: Int) {
    guard case .list = kind else { return }
    let target = focus + step
    guard fields.indices.contains(target) else { return }
    fields.swapAt(focus, target)
    focus = target
  }

  /// Space on a choice row: ticks it (multiple) or picks it alone (single).
  public mutating func toggleFocusedOption() {
    guard case .choice(let rule) = kind, focus < rule.options.count else { return }
    if rule.multiple {
      if selected.contains(focus) { selected.remove(focus) } else { selected.insert(focus) }
    } else {
      selected = selected == [focus] ? [] : [focus]
      if !selected.isEmpty { fields[0] = TextBuffer("", multiline: false) }
    }
  }

  /// Picks option `index` (a digit key); the focus follows.
  public mutating func pickOption(_ index: Int) {
    guard case .choice(let rule) = kind, rule.options.indices.contains(index) else { return }
    focus = index
    toggleFocusedOption()
  }

  public mutating func setScale(_ value: Int) {
    guard case .scale(let rule) = kind else { return }
    scale = min(max(value, rule.minimum), rule.maximum)
  }

  public mutating func stepScale(by step: Int) {
    guard case .scale(let rule) = kind else { return }
    setScale((scale ?? (step > 0 ? rule.minimum - 1 : rule.maximum + 1)) + step)
  }

  private var focusableCount: Int {
    switch kind {
    case .list, .template: fields.count
    case .choice(let rule): rule.options.count + (rule.allowsOther ? 1 : 0)
    default: 0
    }
  }
}

extension PromptInput {
  /// Whether this input has the shape `kind`'s widget edits.
  func fits(_ kind: PromptKind) -> Bool {
    switch (kind, self) {
    case (.text, .text), (.list, .list), (.choice, .choice), (.scale, .scale),
      (.template, .template), (.money, .field), (.percent, .field), (.number, .field),
      (.date, .field):
      true
    default:
      false
    }
  }
}
