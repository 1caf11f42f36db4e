/// What happens on the export screen, and what the file system answers to it.
public enum ExportEvent: Equatable, Sendable {
  case opened
  case formatMoved(by: Int)
  case targetFound(ExportFormat, path: String, exists: Bool)
  /// An edit to the export's path, with the keys of every one-line field.
  case pathEdited(FieldEdit)
  case confirmed
  /// Whether a file is at the path, looked up when the user pressed Enter.
  case targetChecked(path: String, exists: Bool)
  case replaceAnswered(Bool)
  case finished(path: String)
  /// Written, but `leverage import` would refuse it (`JournalArchive.importProblem`).
  case finishedWithWarning(path: String, warning: String)
  case failed(message: String)
}

/// The export's work for the file system.
public enum ExportEffect: Equatable, Sendable {
  /// Work out where an export in this format goes, and whether a file is there already.
  /// `folder`: where the user has taken the path so far; nil for the last export's folder.
  case findTarget(ExportFormat, folder: String?)
  /// Whether a file is at this path already, just before writing.
  case checkTarget(String)
  case write(ExportRequest)
}
