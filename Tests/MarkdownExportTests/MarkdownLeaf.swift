/// One block of text as a reader meets it: where it sits and what it says. `place` names
/// the containers from the top down and then the block: `h2`, `p`, `ul>li1>p` (in the first
/// item of a bullet list), `ol>li2>p`, `ul>[x]3>p` (a ticked task), `table>th`, `table>td`; anything else the parser found, such as a
/// `code_block` or a `block_quote>p`, shows under its own name. Inline structure shows in the
/// text as `‹b›…‹/b›`, `‹em›…‹/em›`, `‹link›…‹/link›` and the like, so text that became
/// structure never equals text that stayed text.
struct MarkdownLeaf: Equatable, CustomStringConvertible {
  var place: String
  var text: String

  init(_ place: String, _ text: String) {
    self.place = place
    self.text = text
  }

  var description: String { "\(place) \(text.debugDescription)" }
}

extension MarkdownNode {
  /// Every block of the document, in reading order.
  var leaves: [MarkdownLeaf] { leaves(in: "") }

  /// Node types user text must never become, and the exporters never write.
  static let forbiddenTypes: Set = [
    "code_block", "html_block", "block_quote", "html_inline", "code", "link", "image",
    "footnote_reference", "footnote_definition", "strikethrough",
  ]

  /// Every node of the document with its children, depth first.
  var allNodes: [MarkdownNode] { [self] + children.flatMap(\.allNodes) }

  /// Nodes of a kind user text must never become. An e-mail address GitHub's viewer made a
  /// link of is not one: no escape stops it (see `MarkdownText`), and its text and target
  /// are the address as typed.
  var forbiddenNodes: [MarkdownNode] {
    allNodes.filter { Self.forbiddenTypes.contains($0.type) && !$0.isAddressLink }
  }

  /// A link GitHub's viewer made of an address in the text, to that very address.
  var isAddressLink: Bool {
    let text = childText
    return type == "link" && text.contains("@") && (url == text || url == "mailto:" + text)
  }

  private func leaves(in place: String) -> [MarkdownLeaf] {
    switch type {
    case "document": children.flatMap { $0.leaves(in: place) }
    case "heading": [MarkdownLeaf(place + "h\(headingLevel)", inlineText)]
    case "paragraph": [MarkdownLeaf(place + "p", inlineText)]
    case "list":
      children.enumerated().flatMap { index, item in
        item.children.flatMap { $0.leaves(in: place + listPlace(of: item, at: index)) }
      }
    case "thematic_break": [MarkdownLeaf(place + type, "")]
    case "block_quote": children.flatMap { $0.leaves(in: place + "block_quote>") }
    case "table": children.flatMap { $0.leaves(in: place + "table>") }
    case "table_header": children.map { MarkdownLeaf(place + "th", $0.inlineText) }
    case "table_row": children.map { MarkdownLeaf(place + "td", $0.inlineText) }
    default: [MarkdownLeaf(place + type, literal ?? inlineText)]
    }
  }

  private func listPlace(of item: MarkdownNode, at index: Int) -> String {
    let marker =
      switch item.isChecked {
      case true?: "[x]"
      case false?: "[ ]"
      case nil: "li"
      }
    return (isOrderedList ? "ol>" : "ul>") + marker + "\(index + 1)>"
  }

  private var inlineText: String {
    switch type {
    case "text": literal ?? ""
    case "softbreak", "linebreak": "\n"
    case "emph": "‹em›" + childText + "‹/em›"
    case "strong": "‹b›" + childText + "‹/b›"
    case "code", "html_inline": "‹\(type):" + (literal ?? "") + "›"
    case "paragraph", "heading", "table_cell": childText
    case "link" where isAddressLink: childText
    default: "‹\(type)›" + childText + "‹/\(type)›"
    }
  }

  private var childText: String { children.map(\.inlineText).joined() }
}
