import Foundation
import Testing

/// A full disk and a read-only journal, made for real: a tiny tmpfs, and a journal owned by
/// another user. Both need root, as CI has; elsewhere they are skipped, and say so.
@Suite(.serialized) struct BadPlacesTests {
  static let isRoot = getuid() == 0

  private func leverage(_ arguments: String, as user: String? = nil) throws -> Command.Result {
    let runAs = user.map { "runuser -u \($0) -- " } ?? ""
    return try Command.run(["/bin/sh", "-c", "\(runAs)'\(TmuxSession.binary)' \(arguments) 2>&1"])
  }

  private func checksum(_ path: String) throws -> String {
    try Command.run(["sha256sum", path]).output
  }

  @Test(.enabled(if: isRoot, "needs root to make a file another user cannot write"))
  func aJournalTheUserCannotWriteIsRefusedAndLeftAlone() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-readonly-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    defer { try? FileManager.default.removeItem(at: folder) }
    let journal = folder.appendingPathComponent("journal.sqlite").path
    let empty = folder.appendingPathComponent("empty.json").path
    try #"{"schemaVersion":1,"sessions":[],"answers":[]}"#.write(
      toFile: empty, atomically: true, encoding: .utf8)
    _ = try leverage("import '\(empty)' --journal '\(journal)'")
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: journal)
    let before = try checksum(journal)
    let result = try leverage("journal list --journal '\(journal)'", as: "nobody")
    #expect(result.status == 1)
    #expect(result.output.contains("cannot be written"))
    #expect(result.output.split(separator: "\n").count == 1)
    #expect(try checksum(journal) == before)
    print("soak-figure: bad journal refused, left unchanged (read-only) | 1")
  }

  @Test(.enabled(if: isRoot, "needs root to mount a tiny tmpfs"))
  func aFullDiskGetsOneLineAndLosesNothing() throws {
    let mount = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-full-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: mount) }
    let mounted = try Command.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", mount.path])
    try #require(mounted.status == 0, "mount failed; is this a container without CAP_SYS_ADMIN?")
    defer { _ = try? Command.run(["umount", mount.path]) }

    let journal = mount.appendingPathComponent("journal.sqlite").path
    let tmux = try TmuxSession(journalAt: journal)
    try tmux.launchApp()
    try tmux.waitFor("Press Enter to begin")
    try tmux.send("Enter")
    try tmux.sendLiteral("Saved before the disk filled")
    try tmux.send("Enter")
    try tmux.waitFor("Saved.")
    let filler = mount.appendingPathComponent("filler").path
    _ = try Command.run(["dd", "if=/dev/zero", "of=\(filler)", "bs=4k"])
    try tmux.sendLiteral(String(repeating: "Typed while the disk is full. ", count: 20))
    try tmux.send("Tab")
    try tmux.sendLiteral("second")
    try tmux.waitFor("2. second")
    try tmux.send("Enter")
    try tmux.waitFor("Not saved")
    try tmux.waitFor("disk")
    try FileManager.default.removeItem(atPath: filler)
    try tmux.send("Enter")
    try tmux.waitFor("Saved.")
    try tmux.send("C-q")
    #expect(try tmux.waitForExit().status == 0)

    _ = try Command.run(["dd", "if=/dev/zero", "of=\(filler)", "bs=4k"])
    let export = mount.appendingPathComponent("summary.md").path
    let failed = try leverage("export --journal '\(journal)' --output '\(export)'")
    #expect(failed.status == 1)
    #expect(failed.output.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: export))
    try FileManager.default.removeItem(atPath: filler)

    let list = try leverage("journal list --json --journal '\(journal)'")
    #expect(list.output.contains("Saved before the disk filled"))
    #expect(list.output.contains("second"))
    #expect(
      try Command.run(["sqlite3", journal, "PRAGMA integrity_check"]).output
        .trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    print("soak-figure: full disk: one line, nothing lost | 1")
  }
}
