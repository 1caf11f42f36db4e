import CoachTestKit
import TerminalUI
import Testing

/// Compares a rendered screen with its golden text file under `__Snapshots__`, through the
/// one golden helper.
func assertSnapshot(
  _ screen: Screen, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  assertGolden(
    screen.snapshot, named: name + ".txt", folder: "__Snapshots__", filePath: filePath,
    sourceLocation: sourceLocation)
}
