/// `leverage --journal P journal list` means `leverage journal list --journal P`, as `git -C`
/// users expect: the shared options given before the subcommand are moved after it, since
/// swift-argument-parser reads a subcommand's options only after its name.
enum LeadingOptions {
  static let withValue: Set<String> = ["--journal", "--course"]

  static func reordered(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var rest = arguments[...]
    while let first = rest.first {
      if withValue.contains(first), rest.count > 1 {
        leading += rest.prefix(2)
        rest = rest.dropFirst(2)
      } else if withValue.contains(where: { first.hasPrefix($0 + "=") }) {
        leading.append(first)
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    // After a `--` everything is an argument, so the options go before it.
    let end = rest.firstIndex(of: "--") ?? rest.endIndex
    return Array(rest[..<end]) + leading + Array(rest[end...])
  }
}
