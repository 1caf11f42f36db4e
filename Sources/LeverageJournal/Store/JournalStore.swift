import Foundation
import GRDB
import GRDBSQLite
import LeverageCore

/// The journal: every answer ever saved (as revisions), the drafts being typed, and the place
/// in the course, in one SQLite file that survives crashes and power loss.
public final class JournalStore: Sendable {
  public let path: String
  /// Problems worth telling the user about that do not stop the journal from working.
  public let warnings: [String]
  /// One connection: the app and the CLI use the journal from one thread, and a second
  /// connection (a pool's reader) would cost every run its own setup. WAL still lets other
  /// windows read and write alongside. Private, so every change goes through `write` and
  /// its daily backup.
  private let database: DatabaseQueue
  /// Read by `takeBackupWarning` (JournalStore+Warnings).
  let session = JournalSession()
  /// Nil where nothing asked for automatic backups (the tests, `LEVERAGE_BACKUPS=0`).
  public let dailyBackup: DailyBackup?

  private init(
    path: String, database: DatabaseQueue, warnings: [String], dailyBackup: DailyBackup?
  ) {
    self.path = path
    self.database = database
    self.warnings = warnings
    self.dailyBackup = dailyBackup
  }

  /// Opens or creates the journal. Missing folders are created 0700 and the file 0600; a file
  /// that is not a journal, or belongs to a newer Leverage, is refused without being modified.
  /// With `dailyBackup`, the first change of each day first backs the journal up.
  public static func open(
    path: String, dailyBackup: DailyBackup? = nil
  ) throws(JournalError) -> JournalStore {
    let (warnings, created) = try JournalLocation(path: path).prepare()
    // Switching a brand-new file to WAL takes a lock that does not wait: another window
    // creating the same journal at that instant makes it busy for a moment only.
    var attempts = 0
    while true {
      do {
        let database = try openDatabase(path: path, dailyBackup: dailyBackup)
        return JournalStore(
          path: path, database: database, warnings: warnings, dailyBackup: dailyBackup)
      } catch .busy where attempts < 10 {
        attempts += 1
        usleep(50_000)
      } catch {
        created.remove()
        throw error
      }
    }
  }

  private static func openDatabase(
    path: String, dailyBackup: DailyBackup?
  ) throws(JournalError) -> DatabaseQueue {
    try attempt(path: path) {
      let database = try DatabaseQueue(path: path, configuration: configuration(path: path))
      try database.writeWithoutTransaction { db in
        // Other windows read while one writes, and a commit appends to the log.
        try db.execute(sql: "PRAGMA journal_mode = WAL")
      }
      // An upgrade is a change too: the journal as the older Leverage left it is kept.
      if let dailyBackup, try needsUpgrade(database) { dailyBackup.makeIfDue(of: database) }
      try migrate(database)
      try database.writeWithoutTransaction { db in
        // NORMAL is the usual choice with WAL; only FULL makes a commit survive a power loss.
        try db.execute(sql: "PRAGMA synchronous = FULL")
        // A read-only file or folder shows up now rather than at the first save.
        try db.inTransaction(.immediate) { .rollback }
      }
      return database
    }
  }

  /// Two windows opening a new journal at once both see it unmigrated, and the slower one's
  /// migration then fails on tables the other just made. The schema is the same, so looking
  /// again (after waiting for the other's transaction) finds less left to do; each migration
  /// is its own transaction, so with several windows racing through several migrations it
  /// can take a few looks.
  private static func migrate(_ database: DatabaseQueue) throws {
    for _ in 1..<migrationAttempts {
      do {
        return try JournalSchema.migrator.migrate(database)
      } catch {
        continue
      }
    }
    try JournalSchema.migrator.migrate(database)
  }

  private static let migrationAttempts = 5

  /// A journal with tables that is missing some migration; a new file has none to keep.
  private static func needsUpgrade(_ database: DatabaseQueue) throws -> Bool {
    try database.read { db in
      try db.tableExists("grdb_migrations")
        && !(try JournalSchema.migrator.hasCompletedMigrations(db))
    }
  }

  public static func defaultPath(environment: [String: String]) -> String {
    JournalLocation.defaultPath(environment: environment)
  }

  private static func configuration(path: String) -> Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(2)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try JournalSchema.checkCompatible(db, path: path)
      // Large sorts would otherwise spill answer text into temporary files in /tmp.
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
      try keepWALFile(db)
      try limitWALFile(db)
    }
    return configuration
  }

  /// Keeps the `-wal` file when the last connection closes. Without this every run deletes
  /// it, and the next one has GRDB recreate it with a write transaction: two fsyncs to open
  /// and two to close, about 20 ms of a 40 ms `journal list`. The kept file is 0600 like
  /// the journal, and SQLite checkpoints it as before.
  private static func keepWALFile(_ db: Database) throws {
    var persist: Int32 = 1
    let code = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
    guard code == SQLITE_OK else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "persistent WAL")
    }
  }

  /// The size a kept `-wal` file is cut back to once checkpointed. Without a limit the file
  /// stays as large as the largest transaction ever made (126 MB after importing 100,000
  /// answers), and every later open reads all of it again to rebuild its index: 250 ms
  /// instead of 20 ms for a search. With a limit, SQLite also empties the kept file when the
  /// last connection closes after a complete checkpoint, so the next open reads nothing.
  static let walSizeLimit = 4 << 20

  private static func limitWALFile(_ db: Database) throws {
    try db.execute(sql: "PRAGMA journal_size_limit = \(walSizeLimit)")
  }

  /// Copies the log into the journal and empties it, after a write far larger than the WAL
  /// limit (an import): the kept file would otherwise wait for this process to close, or for
  /// a later writer, to be cut back. Only an optimisation, run once the write committed, so
  /// it never fails the write: a reader in another window keeps the log busy, and then the
  /// limit does the work later.
  func emptyWALFile() {
    _ = try? database.writeWithoutTransaction { db in
      try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
  }

  /// Saves a new revision, keeping the older ones, and drops the prompt's draft and its skip
  /// mark and moves the saved place to `place` (when given) in the same transaction, so a
  /// crash never leaves one without the others.
  public func save(
    _ value: AnswerValue, for key: PromptKey, kind: PromptKindName, at date: Date,
    then place: CoursePlace? = nil
  ) throws(JournalError) -> SavedAnswer {
    try perform {
      let valueJSON = try JournalJSON.encode(value)
      let setting = try place.map {
        SettingRecord(key: SettingRecord.placeKey, value: try JournalJSON.encode($0))
      }
      return try session.withID { known in
        try write { db in
          let sessionRow =
            try JournalSession.live(known, in: db) ?? JournalSession.start(db, at: date)
          let sessionID = sessionRow.id
          // The answer just typed is the newest, even when the clock was set back.
          let newest = try AnswerRecord.newestTime(of: key, in: db) ?? -.infinity
          let createdAt = max(date.timeIntervalSince1970, newest + 0.001)
          let record = AnswerRecord(
            id: nil, sessionId: sessionID, unitId: key.unitID, promptId: key.promptID,
            kind: kind.rawValue, valueJSON: valueJSON, searchText: value.searchText,
            revision: try AnswerRecord.nextRevision(of: key, in: db), createdAt: createdAt,
            deletedAt: nil)
          try record.insert(db)
          try DraftRecord.of(key).deleteAll(db)
          try SkippedPrompts.remove(key, in: db)
          try setting?.upsert(db)
          let saved = SavedAnswer(
            id: db.lastInsertedRowID, key: key, kind: kind, value: value,
            revision: record.revision, createdAt: Date(timeIntervalSince1970: createdAt))
          return (saved, sessionRow)
        }
      }
    }
  }

  /// The latest revision of every answered prompt, oldest answer first.
  public func latestAnswers() throws(JournalError) -> [SavedAnswer] {
    let records = try perform {
      try read { db in
        try AnswerRecord.latest(in: db)
      }
    }
    return records.compactMap { [decoder = JSONDecoder()] in $0.savedAnswer(decoder) }
  }

  /// The latest answer to each of the course's prompts, by prompt: what the coach starts
  /// from and what every document (summary, brief, offers) is built from.
  public func latestAnswerValues(of course: Course) throws(JournalError)
    -> [PromptKey: AnswerValue]
  {
    Dictionary(
      try latestAnswers(of: course.promptKeys).map { ($0.key, $0.value) },
      uniquingKeysWith: { $1 })
  }

  /// The latest revision of each of these prompts that has one, in the order given.
  public func latestAnswers(of keys: [PromptKey]) throws(JournalError) -> [SavedAnswer] {
    let records = try perform {
      try read { db in
        try AnswerRecord.latest(of: keys, in: db)
      }
    }
    return records.compactMap { [decoder = JSONDecoder()] in $0.savedAnswer(decoder) }
  }

  /// Every revision of one prompt, oldest first.
  public func revisions(of key: PromptKey) throws(JournalError) -> [SavedAnswer] {
    let records = try perform {
      try read { db in
        try AnswerRecord.revisions(of: key, in: db)
      }
    }
    return records.compactMap { [decoder = JSONDecoder()] in $0.savedAnswer(decoder) }
  }

  public func saveDraft(
    _ input: PromptInput, for key: PromptKey, at date: Date
  ) throws(JournalError) {
    try perform {
      let draft = DraftRecord(
        unitId: key.unitID, promptId: key.promptID, inputJSON: try JournalJSON.encode(input),
        updatedAt: date.timeIntervalSince1970)
      try write { db in try draft.upsert(db) }
    }
  }

  public func discardDraft(for key: PromptKey) throws(JournalError) {
    try perform {
      try write { db in _ = try DraftRecord.of(key).deleteAll(db) }
    }
  }

  /// Every saved draft; one this version cannot read is left out rather than failing them all.
  public func drafts() throws(JournalError) -> [PromptKey: PromptInput] {
    let records = try perform { try read { db in try DraftRecord.fetchAll(db) } }
    var drafts: [PromptKey: PromptInput] = [:]
    for record in records {
      guard let input = JournalJSON.decode(PromptInput.self, from: record.inputJSON) else {
        continue
      }
      drafts[PromptKey(unitID: record.unitId, promptID: record.promptId)] = input
    }
    return drafts
  }

  public func savePlace(_ place: CoursePlace) throws(JournalError) {
    try perform {
      let setting = SettingRecord(key: SettingRecord.placeKey, value: try JournalJSON.encode(place))
      try write { db in try setting.upsert(db) }
    }
  }

  /// Where the user left off, or nil when never saved or unreadable by this version.
  public func place() throws(JournalError) -> CoursePlace? {
    let setting = try perform {
      try read { db in try SettingRecord.fetchOne(db, key: SettingRecord.placeKey) }
    }
    return setting.flatMap { JournalJSON.decode(CoursePlace.self, from: $0.value) }
  }

  func read<T>(_ value: (Database) throws -> T) throws -> T {
    try database.read(value)
  }

  /// The one way to change the journal: the day's backup comes first.
  func write<T>(_ updates: (Database) throws -> T) throws -> T {
    dailyBackup?.makeIfDue(of: database)
    return try database.write(updates)
  }

  /// Whether the journal holds anything of the user's: a new one has only its seeded steps.
  public func hasUserData() throws(JournalError) -> Bool {
    try perform { try database.read(JournalBackup.holdsUserData) }
  }

  /// Copies the journal to `name` in `folder` (see `JournalBackup.copy`); returns its path.
  public func makeBackup(_ name: BackupName, in folder: BackupFolder) throws(JournalError)
    -> String
  {
    try JournalBackup.copy(database, to: name, in: folder)
  }

  /// Replaces everything in the journal with `source`'s pages in one write transaction.
  func replaceContents(with source: DatabaseQueue) throws(JournalError) {
    try perform { try source.backup(to: database) }
  }

  func perform<T>(_ body: () throws -> T) throws(JournalError) -> T {
    try Self.attempt(path: path, body)
  }

  private static func attempt<T>(
    path: String, _ body: () throws -> T
  ) throws(JournalError) -> T {
    do {
      return try body()
    } catch {
      throw JournalError(error, path: path)
    }
  }
}
