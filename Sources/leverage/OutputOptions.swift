import ArgumentParser
import Foundation
import LeverageCore
import LeverageJournal

/// Where `export` and `brief` send their text: stdout, or a file written atomically that an
/// existing one is only replaced by with `--force`. `--output -` is stdout, never paged, as
/// `-` is for every Unix tool.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("Write to this file instead of stdout (- for stdout).", valueName: "path"))
  var output: String?
  @Flag(name: .long, help: "Replace the --output file if it exists.")
  var force = false

  /// The file named, or nil for standard output.
  private var file: String? { output == "-" ? nil : output }

  /// Checked before any work, so a refusal costs nothing; `write` checks again at the end.
  func refuseExisting() throws {
    guard let path = file else { return }
    do {
      try AtomicFile.checkTarget(path, overwrite: force)
    } catch .exists(let path) {
      throw UserError(message: "\(path) already exists; pass --force to replace it.")
    } catch {
      throw UserError(message: error.message)
    }
  }

  /// Text made piece by piece by `produce`, handed to its argument (which answers false once
  /// the reader has gone or writing failed), to the file or to standard output.
  func write(
    paged: Bool, _ produce: (_ emit: (String) -> Bool) throws(JournalError) -> Void
  ) throws {
    do {
      guard let path = file else {
        try Output.streamed(paged: paged && output == nil) { (sink) throws(JournalError) in
          try produce { sink.write($0) }
        }
        return
      }
      try AtomicFile.write(to: path, overwrite: force) { emit in try produce(emit) }
    } catch let error as JournalError {
      throw UserError(message: error.message)
    } catch .exists(let path) as AtomicFileError {
      throw UserError(message: "\(path) already exists; pass --force to replace it.")
    } catch let error as AtomicFileError {
      throw UserError(message: error.message)
    }
  }

  /// `paged`: text for a person, shown through the pager on a terminal; never JSON.
  func write(_ text: String, paged: Bool) throws {
    try write(paged: paged) { emit in _ = emit(text) }
  }
}
