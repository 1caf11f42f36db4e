import ArgumentParser

/// A word where a command name belongs that names none (`leverage frobnicate`, `leverage
/// journal frob`): said as such, where the parser would hand it to the coach as a stray
/// argument or complain about an option that follows it.
enum CommandNames {
  struct Unknown: Equatable {
    let word: String
    /// The command it was given to, e.g. `leverage journal`.
    let parent: String
    let known: [String]

    var message: String {
      "Unknown command \"\(word)\" for \(parent); the commands are "
        + "\(known.joined(separator: ", ")). See \(parent) --help."
    }
  }

  static func unknown(in arguments: [String], root: any ParsableCommand.Type) -> Unknown? {
    var command = root
    var path = [root.configuration.commandName ?? ""]
    for argument in arguments {
      let subcommands = command.configuration.subcommands
      guard !subcommands.isEmpty, !argument.hasPrefix("-"), argument != "help" else {
        return nil
      }
      guard let next = subcommands.first(where: { $0.configuration.commandName == argument })
      else {
        let known = subcommands.compactMap { $0.configuration.commandName }
        return Unknown(word: argument, parent: path.joined(separator: " "), known: known)
      }
      command = next
      path.append(argument)
    }
    return nil
  }
}
