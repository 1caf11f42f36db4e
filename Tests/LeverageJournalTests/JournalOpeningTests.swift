import CoachTestKit
import Foundation
import GRDB
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct JournalOpeningTests {
  let scratch = ScratchFolder()

  @Test(arguments: [
    Data("hello, this is not a database at all".utf8),
    Data("SQLite format 3\0".utf8) + Data(repeating: 0xAB, count: 8_192),
    Data([0x53]),
  ])
  func refusesAFileThatIsNotAJournalWithoutTouchingIt(bytes: Data) throws {
    try bytes.write(to: URL(fileURLWithPath: scratch.path))
    #expect(throws: JournalError.notADatabase(path: scratch.path)) {
      try JournalStore.open(path: scratch.path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path)) == bytes)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        == ["journal.sqlite"])
  }

  @Test func refusesAnotherAppsDatabaseWithoutTouchingIt() throws {
    try DatabaseQueue(path: scratch.path).write { db in
      try db.execute(sql: "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: scratch.path))
    #expect(throws: JournalError.notADatabase(path: scratch.path)) {
      try JournalStore.open(path: scratch.path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path)) == before)
  }

  @Test func refusesAFolder() {
    #expect(throws: JournalError.isDirectory(path: scratch.url.path)) {
      try JournalStore.open(path: scratch.url.path)
    }
  }

  @Test func refusesAPipeBeforeCreatingAnything() throws {
    #expect(mkfifo(scratch.path, 0o600) == 0)
    #expect(throws: JournalError.notARegularFile(path: scratch.path)) {
      try JournalStore.open(path: scratch.path)
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["journal.sqlite"])
  }

  @Test func aRefusedPathLeavesNoneOfTheFoldersItWouldHaveMade() throws {
    let deep = scratch.url.appendingPathComponent("a/b/c").path
    let tooLong = deep + "/" + String(repeating: "x", count: Int(NAME_MAX) + 1)
    #expect(throws: JournalError.pathTooLong(path: tooLong)) {
      try JournalStore.open(path: tooLong)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
  }

  @Test func refusesAJournalFromANewerLeverage() throws {
    let store = try JournalStore.open(path: scratch.path)
    _ = try store.save(
      .scale(1), for: PromptKey(unitID: "u", promptID: "p"), kind: .scale,
      at: Date())
    try DatabaseQueue(path: scratch.path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
    }
    #expect(throws: JournalError.newerVersion(path: scratch.path)) {
      try JournalStore.open(path: scratch.path)
    }
  }

  @Test func refusesAFolderItCannotCreate() throws {
    let blocker = scratch.url.appendingPathComponent("file").path
    try Data().write(to: URL(fileURLWithPath: blocker))
    #expect(throws: JournalError.cannotCreateFolder(path: blocker + "/sub")) {
      try JournalStore.open(path: blocker + "/sub/journal.sqlite")
    }
  }

  @Test(.enabled(if: geteuid() != 0, "root may write read-only files"))
  func refusesAReadOnlyFile() throws {
    _ = try JournalStore.open(path: scratch.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: scratch.path)
    #expect(throws: JournalError.readOnly(path: scratch.path)) {
      try JournalStore.open(path: scratch.path)
    }
  }

  @Test func reportsBusyWhenAnotherProcessHoldsTheWriteLock() throws {
    _ = try JournalStore.open(path: scratch.path)
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let holder = try DatabaseQueue(path: scratch.path, configuration: configuration)
    try holder.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
    defer { try? holder.inDatabase { db in try db.execute(sql: "ROLLBACK") } }
    #expect(throws: JournalError.busy(path: scratch.path)) {
      try JournalStore.open(path: scratch.path)
    }
  }

  @Test(arguments: [
    (ResultCode.SQLITE_NOTADB, JournalError.notADatabase(path: "/j")),
    (.SQLITE_CORRUPT, .notADatabase(path: "/j")),
    (.SQLITE_READONLY, .readOnly(path: "/j")),
    (.SQLITE_FULL, .diskFull(path: "/j")),
    (.SQLITE_BUSY, .busy(path: "/j")),
    (.SQLITE_LOCKED, .busy(path: "/j")),
  ])
  func mapsSQLiteErrors(code: ResultCode, expected: JournalError) {
    #expect(JournalError(DatabaseError(resultCode: code), path: "/j") == expected)
  }

  @Test func messagesAreOneLineNamingThePath() {
    let errors: [JournalError] = [
      .notADatabase(path: "/j"), .newerVersion(path: "/j"), .readOnly(path: "/j"),
      .isDirectory(path: "/j"), .cannotCreateFolder(path: "/j"), .busy(path: "/j"),
      .diskFull(path: "/j"),
    ]
    for error in errors {
      #expect(error.message.contains("/j"))
      #expect(!error.message.contains("\n"))
    }
  }
}

@Suite struct JournalPathTests {
  @Test func prefersLeverageJournal() {
    let environment = ["LEVERAGE_JOURNAL": "/x/j.sqlite", "XDG_DATA_HOME": "/d", "HOME": "/h"]
    #expect(JournalStore.defaultPath(environment: environment) == "/x/j.sqlite")
  }

  @Test func thenXDGDataHome() {
    let environment = ["LEVERAGE_JOURNAL": "", "XDG_DATA_HOME": "/d", "HOME": "/h"]
    #expect(JournalStore.defaultPath(environment: environment) == "/d/leverage/journal.sqlite")
  }

  @Test func thenHome() {
    let environment = ["XDG_DATA_HOME": "relative/ignored", "HOME": "/h"]
    #expect(
      JournalStore.defaultPath(environment: environment)
        == "/h/.local/share/leverage/journal.sqlite")
  }
}
