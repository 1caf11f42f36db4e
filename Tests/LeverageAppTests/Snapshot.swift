import Foundation
import TerminalUI
import Testing

/// Compares a rendered screen with its golden text file under `__Snapshots__`.
/// `SNAPSHOT_UPDATE=1 make test` rewrites the files; review the diff like code.
func assertSnapshot(
  _ screen: Screen, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
  let file = folder.appendingPathComponent(name + ".txt")
  let actual = screen.snapshot
  if ProcessInfo.processInfo.environment["SNAPSHOT_UPDATE"] == "1" {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record(
      "No golden file \(name).txt; run SNAPSHOT_UPDATE=1 make test and review it.\n\(actual)",
      sourceLocation: sourceLocation)
    return
  }
  #expect(
    actual == expected, "screen \(name) differs from its golden file",
    sourceLocation: sourceLocation)
}
