import GRDB
import LeverageCore

/// A row of `setting`: one named JSON value such as the place in the course.
struct SettingRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "setting"
  static let placeKey = "place"
  /// A plain path, not JSON: the folder of the last export written from the coach.
  static let exportFolderKey = "exportFolder"
  /// The optional prompts moved past empty (`SkippedPrompts`).
  static let skippedKey = "skippedPrompts"

  var key: String
  var value: String
}
