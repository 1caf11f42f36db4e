import GRDB
import LeverageCore

/// A row of `draft`: what is being typed into one prompt, replaced on every autosave.
struct DraftRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "draft"

  var unitId: String
  var promptId: String
  var inputJSON: String
  var updatedAt: Double

  static func of(_ key: PromptKey) -> QueryInterfaceRequest<DraftRecord> {
    filter(Column("unitId") == key.unitID && Column("promptId") == key.promptID)
  }
}
