import CCmarkGFM

/// A Markdown document as GitHub's CommonMark parser reads it, with the extensions GitHub's
/// viewer turns on (tables, bare-URL and e-mail autolinks, strikethrough, task lists), so
/// the tests see what a user's viewer would make of an export.
struct MarkdownNode: Equatable {
  /// cmark's name for the node: `paragraph`, `heading`, `list`, `item`, `tasklist`,
  /// `table`, `text`, `link`, `html_inline`, ...
  var type: String
  var literal: String?
  /// 1 to 6 for a heading, 0 otherwise.
  var headingLevel: Int
  var isOrderedList: Bool
  /// True or false for a task list item, nil otherwise.
  var isChecked: Bool?
  /// A link's destination, nil for other nodes.
  var url: String?
  var children: [MarkdownNode]

  static func parse(_ markdown: String) -> MarkdownNode {
    cmark_gfm_core_extensions_ensure_registered()
    guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
      fatalError("cmark could not make a parser")
    }
    defer { cmark_parser_free(parser) }
    for name in ["table", "autolink", "strikethrough", "tasklist", "tagfilter"] {
      guard let extensionHandle = cmark_find_syntax_extension(name) else {
        fatalError("cmark-gfm has no \(name) extension")
      }
      cmark_parser_attach_syntax_extension(parser, extensionHandle)
    }
    let bytes = Array(markdown.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        cmark_parser_feed(parser, chars.baseAddress, chars.count)
      }
    }
    guard let root = cmark_parser_finish(parser) else { fatalError("cmark returned no document") }
    defer { cmark_node_free(root) }
    return node(root)
  }

  private static func node(_ handle: OpaquePointer) -> MarkdownNode {
    let type = String(cString: cmark_node_get_type_string(handle))
    var children: [MarkdownNode] = []
    var child = cmark_node_first_child(handle)
    while let current = child {
      children.append(node(current))
      child = cmark_node_next(current)
    }
    let isBlock = ["code_block", "html_block"].contains(type)
    let isLeafInline = ["text", "code", "html_inline"].contains(type)
    return MarkdownNode(
      type: type,
      literal: isBlock || isLeafInline
        ? cmark_node_get_literal(handle).map { String(cString: $0) } : nil,
      headingLevel: type == "heading" ? Int(cmark_node_get_heading_level(handle)) : 0,
      isOrderedList: type == "list" && cmark_node_get_list_type(handle) == CMARK_ORDERED_LIST,
      isChecked: type == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(handle) : nil,
      url: type == "link" ? cmark_node_get_url(handle).map { String(cString: $0) } : nil,
      children: children)
  }
}
