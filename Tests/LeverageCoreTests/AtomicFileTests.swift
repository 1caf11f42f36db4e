import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore

@Suite struct AtomicFileTests {
  let scratch = ScratchFolder()

  private func path(_ name: String) -> String {
    scratch.url.appendingPathComponent(name).path
  }

  private func folderListing() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
  }

  @Test func writesTheWholeFilePrivatelyAndLeavesNoTemporary() throws {
    try AtomicFile.write("hello\n", to: path("a.md"), overwrite: false)
    #expect(try String(contentsOfFile: path("a.md"), encoding: .utf8) == "hello\n")
    #expect(try ScratchFolder.mode(path("a.md")) == 0o600)
    #expect(try folderListing() == ["a.md"])
  }

  @Test func neverReplacesAPipeEvenWhenAskedTo() throws {
    #expect(mkfifo(path("pipe"), 0o600) == 0)
    for overwrite in [false, true] {
      #expect(throws: AtomicFileError.notARegularFile(path: path("pipe"))) {
        try AtomicFile.write("new", to: path("pipe"), overwrite: overwrite)
      }
    }
    #expect(try folderListing() == ["pipe"])
  }

  @Test func removesTheTemporaryFileAKilledWriterLeft() throws {
    // A pid that cannot be running: above the kernel's pid_max.
    let leftover = path("a.md.tmp-99999999-12345")
    try "a copy of the journal".write(toFile: leftover, atomically: false, encoding: .utf8)
    try "someone's notes".write(toFile: path("a.md.tmp-notes"), atomically: false, encoding: .utf8)
    try AtomicFile.write("hello\n", to: path("a.md"), overwrite: true)
    #expect(try folderListing() == ["a.md", "a.md.tmp-notes"])
  }

  @Test func neverClobbersAnExistingFileUnlessAsked() throws {
    try "mine".write(toFile: path("a.md"), atomically: false, encoding: .utf8)
    #expect(throws: AtomicFileError.exists(path: path("a.md"))) {
      try AtomicFile.write("new", to: path("a.md"), overwrite: false)
    }
    #expect(try String(contentsOfFile: path("a.md"), encoding: .utf8) == "mine")
    try AtomicFile.write("new", to: path("a.md"), overwrite: true)
    #expect(try String(contentsOfFile: path("a.md"), encoding: .utf8) == "new")
    #expect(try folderListing() == ["a.md"])
  }

  @Test func refusesAMissingFolderOrAFolderTarget() throws {
    let missing = path("nope/a.md")
    #expect(throws: AtomicFileError.folderMissing(path: missing)) {
      try AtomicFile.write("x", to: missing, overwrite: true)
    }
    #expect(throws: AtomicFileError.isDirectory(path: scratch.url.path)) {
      try AtomicFile.write("x", to: scratch.url.path, overwrite: true)
    }
    #expect(try folderListing().isEmpty)
  }

  @Test func aReadOnlyPlaceIsReportedAndLeftAlone() throws {
    // Root writes through permissions, so use a read-only mount when running as root.
    let target = getuid() == 0 ? "/proc/sys/leverage-summary.md" : path("ro/a.md")
    if getuid() != 0 {
      try FileManager.default.createDirectory(
        atPath: path("ro"), withIntermediateDirectories: false,
        attributes: [.posixPermissions: 0o500])
    }
    #expect(throws: AtomicFileError.self) {
      try AtomicFile.write("x", to: target, overwrite: true)
    }
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func errorsAreOneLine() {
    let errors: [AtomicFileError] = [
      .init(errno: ENOENT, path: "/a/b.md"), .init(errno: EROFS, path: "/a/b.md"),
      .init(errno: EACCES, path: "/a/b.md"), .init(errno: ENOSPC, path: "/a/b.md"),
      .init(errno: EISDIR, path: "/a/b.md"), .init(errno: EIO, path: "/a/b.md"),
    ]
    #expect(
      errors.map(\.message) == [
        "The folder for /a/b.md does not exist; create it or choose another path.",
        "/a/b.md cannot be written here (read-only); choose another folder.",
        "/a/b.md cannot be written here (read-only); choose another folder.",
        "The disk is full, so /a/b.md was not written; free some space and try again.",
        "/a/b.md is a folder; give a file name inside it.",
        "/a/b.md could not be written (Input/output error).",
      ])
  }
}
