import GRDB
import LeverageCore

/// The optional prompts the user moved past empty, as one setting: a sorted JSON list of
/// prompt keys. A setting rather than a table, so the schema is unchanged and an older
/// Leverage opens the journal as before (it only counts those prompts as open again). Each
/// change reads and writes the list in one transaction, so two windows never lose a mark.
extension JournalStore {
  public func skippedPrompts() throws(JournalError) -> Set<PromptKey> {
    try perform { try read { db in try SkippedPrompts.read(db) } }
  }

  public func markSkipped(_ key: PromptKey) throws(JournalError) {
    try perform { try write { db in try SkippedPrompts.add([key], in: db) } }
  }
}

/// Reads and changes the list inside the caller's transaction.
enum SkippedPrompts {
  /// A list this version cannot read counts as empty: the prompts are only open again.
  static func read(_ db: Database) throws -> Set<PromptKey> {
    guard let setting = try SettingRecord.fetchOne(db, key: SettingRecord.skippedKey) else {
      return []
    }
    return Set(JournalJSON.decode([PromptKey].self, from: setting.value) ?? [])
  }

  static func add(_ keys: some Sequence<PromptKey>, in db: Database) throws {
    let before = try read(db)
    let after = before.union(keys)
    if after != before { try store(after, in: db) }
  }

  /// An import's marks: added, then every prompt with a live answer loses its mark, since
  /// answering replaces it.
  static func merge(_ keys: [PromptKey], in db: Database) throws {
    let before = try read(db)
    let rows = try Row.fetchAll(
      db, sql: "SELECT DISTINCT unitId, promptId FROM answer WHERE deletedAt IS NULL")
    let answered = Set(rows.map { PromptKey(unitID: $0["unitId"], promptID: $0["promptId"]) })
    let after = before.union(keys).subtracting(answered)
    if after != before { try store(after, in: db) }
  }

  /// Answering a prompt replaces its mark.
  static func remove(_ key: PromptKey, in db: Database) throws {
    var keys = try read(db)
    if keys.remove(key) != nil { try store(keys, in: db) }
  }

  private static func store(_ keys: Set<PromptKey>, in db: Database) throws {
    let value = try JournalJSON.encode(keys.sorted())
    try SettingRecord(key: SettingRecord.skippedKey, value: value).upsert(db)
  }
}
