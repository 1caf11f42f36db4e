import GRDB
import LeverageCore

extension JournalStore {
  /// The folder of the last export the coach wrote, so the next one starts there.
  public func exportFolder() throws(JournalError) -> String? {
    try perform {
      try read { db in
        try SettingRecord.fetchOne(db, key: SettingRecord.exportFolderKey)?.value
      }
    }
  }

  public func setExportFolder(_ folder: String) throws(JournalError) {
    try perform {
      let setting = SettingRecord(key: SettingRecord.exportFolderKey, value: folder)
      try write { db in try setting.upsert(db) }
    }
  }
}
