import Foundation
import Testing

/// Compares `actual` with the golden file `name` in `folder`, beside the calling test.
/// `SNAPSHOT_UPDATE=1` rewrites it; review the diff like code.
public func assertGolden(
  _ actual: String, named name: String, folder: String = "__Golden__",
  filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent(folder)
  let file = directory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["SNAPSHOT_UPDATE"] == "1" {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record(
      "No golden file \(folder)/\(name); run SNAPSHOT_UPDATE=1 make test and review it.\n\(actual)",
      sourceLocation: sourceLocation)
    return
  }
  #expect(
    actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}
