import Foundation

/// A temporary folder per test, removed when the test's value goes away.
public final class ScratchFolder: Sendable {
  public let url: URL

  public init() {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-journal-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Where a test's journal goes.
  public var path: String { url.appendingPathComponent("journal.sqlite").path }

  /// The permission bits of a file, to check what the app promises about privacy.
  public static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
  }
}
