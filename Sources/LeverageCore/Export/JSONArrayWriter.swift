import Foundation

/// Writes a JSON array in `TerminalSafeJSON`'s form element by element, as its elements are
/// read, for an array too large to hold: the same bytes as encoding the whole array. They
/// are encoded a batch at a time, since one encoder call per small value costs several
/// times its share of one call for them all.
public struct JSONArrayWriter<Element: Encodable> {
  /// How many elements are encoded at once: 256 of the journal's answers are about 100 KB.
  private let batchSize: Int

  private let encoder = TerminalSafeJSON.encoder()
  /// What the array's own lines start with: "" at the top level, "  " as a member of an
  /// object at the top level.
  private let indent: String
  private var pending: [Element] = []
  private var written = 0

  public init(indent: String = "", batchSize: Int = 256) {
    self.indent = indent
    self.batchSize = max(1, batchSize)
  }

  /// The array's opening; write it before the first `add`.
  public var opening: String { "[" }

  /// Adds an element; returns the text to write now, empty until a batch is full.
  public mutating func add(_ element: Element) throws -> String {
    pending.append(element)
    return pending.count < batchSize ? "" : try flushed()
  }

  /// The elements still held and the array's closing.
  public mutating func closing() throws -> String {
    let rest = try flushed()
    return rest + (written == 0 ? "]" : "\n" + indent + "]")
  }

  /// The batch's elements as the encoder indents an array's elements, moved right by the
  /// array's own indent, after the comma that separates them from the ones before.
  private mutating func flushed() throws -> String {
    guard !pending.isEmpty else { return "" }
    let array = try TerminalSafeJSON.encode(pending, with: encoder)
    // "[\n  {…},\n  {…}\n]": the elements are the lines between the brackets.
    let elements = array.dropFirst(2).dropLast(2)
    let moved =
      indent.isEmpty ? String(elements) : TerminalSafeJSON.indented(String(elements), by: indent)
    let text = (written == 0 ? "\n" : ",\n") + moved
    written += pending.count
    pending.removeAll(keepingCapacity: true)
    return text
  }
}
