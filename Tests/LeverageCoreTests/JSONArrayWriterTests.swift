import Foundation
import Testing

@testable import LeverageCore

/// An array written batch by batch is the array encoded whole, at the top level and nested.
@Suite struct JSONArrayWriterTests {
  struct Item: Encodable {
    let name: String
    let tags: [String]
  }

  func written(_ items: [Item], indent: String, batchSize: Int) throws -> String {
    var writer = JSONArrayWriter<Item>(indent: indent, batchSize: batchSize)
    var text = writer.opening
    for item in items { text += try writer.add(item) }
    return text + (try writer.closing())
  }

  @Test(arguments: [0, 1, 2, 3, 7])
  func aTopLevelArrayIsTheArrayEncodedWhole(count: Int) throws {
    let items = (0..<count).map { Item(name: "item \($0)\u{9B}", tags: $0 % 2 == 0 ? [] : ["a"]) }
    #expect(try written(items, indent: "", batchSize: 3) == (try TerminalSafeJSON.encode(items)))
  }

  @Test(arguments: [0, 4])
  func aNestedArrayIsTheMemberEncodedWhole(count: Int) throws {
    struct Holder: Encodable { let items: [Item] }
    let items = (0..<count).map { Item(name: "\($0)", tags: ["x", "y"]) }
    let whole = try TerminalSafeJSON.encode(Holder(items: items))
    #expect(whole == "{\n  \"items\" : " + (try written(items, indent: "  ", batchSize: 3)) + "\n}")
  }
}
