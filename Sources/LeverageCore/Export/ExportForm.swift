/// The export screen's choices: the format, the path (an editable field, filled in by the
/// effect runner), and whether the user is being asked to replace a file already there.
public struct ExportForm: Equatable, Sendable {
  public internal(set) var format: ExportFormat
  /// Nil until the effect runner has worked out the path for `format`.
  public internal(set) var path: TextBuffer?
  public internal(set) var targetExists: Bool
  public internal(set) var confirmingReplace: Bool

  init(format: ExportFormat) {
    self.format = format
    self.path = nil
    self.targetExists = false
    self.confirmingReplace = false
  }
}

/// What the effect runner needs to write an export.
public struct ExportRequest: Equatable, Sendable {
  public var format: ExportFormat
  public var path: String
  public var overwrite: Bool
  public var course: Course

  public init(format: ExportFormat, path: String, overwrite: Bool, course: Course) {
    self.format = format
    self.path = path
    self.overwrite = overwrite
    self.course = course
  }
}
