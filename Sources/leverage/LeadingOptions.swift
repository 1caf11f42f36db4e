/// `leverage --journal P journal list` and `leverage journal --journal P list` mean
/// `leverage journal list --journal P`, as `git -C` users expect: swift-argument-parser reads
/// an option only after the name of the command that declares it, so the shared options are
/// moved after every command name. Every command takes both; one with no use for an option
/// accepts it unseen in its help.
enum LeadingOptions {
  static let withValue: Set<String> = ["--journal", "--course"]

  static func reordered(_ arguments: [String]) -> [String] {
    // After a `--` everything is an argument, so the options go before it.
    let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
    var shared: [String] = []
    var rest: [String] = []
    var index = arguments.startIndex
    while index < end {
      let argument = arguments[index]
      if withValue.contains(argument), index + 1 < end {
        shared += arguments[index...(index + 1)]
        index += 2
        continue
      }
      if withValue.contains(where: { argument.hasPrefix($0 + "=") }) {
        shared.append(argument)
      } else {
        rest.append(argument)
      }
      index += 1
    }
    return rest + shared + arguments[end...]
  }

}
