extension JournalStore {
  /// The warning of an automatic backup that failed, or of a journal replaced under this
  /// run (its saves now go to the journal as it is), once; the caller shows it.
  public func takeBackupWarning() -> String? {
    if session.takeReplaced() {
      return "The journal was replaced while open (a restore?); saving to it as it is now. "
        + "Restart Leverage to see it."
    }
    return dailyBackup?.takeWarning()
  }
}
