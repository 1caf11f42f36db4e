import Foundation
import LeverageCore
import LeverageJournal

extension EffectRunner {
  /// Finds the export path, or writes the export, and says how it went.
  func export(_ effect: ExportEffect) -> ExportEvent {
    switch effect {
    case .findTarget(let format, let folder):
      let start = folder ?? (try? store.exportFolder()) ?? exportFolder
      let path = format.defaultPath(folder: start, date: CalendarDate(now(), in: .current))
      return .targetFound(format, path: path, exists: isFile(expanded(path)))
    case .checkTarget(let path):
      // A folder is not a file to replace: asking "Replace it?" would only fail after a y.
      if isFolder(expanded(path)) {
        return .failed(
          message: "Not exported: "
            + AtomicFileError.isDirectory(path: path).message(pathWidth: Self.shownPathWidth))
      }
      return .targetChecked(path: path, exists: isFile(expanded(path)))
    case .write(let request):
      let path = expanded(request.path)
      do {
        let date = CalendarDate(now(), in: .current)
        var warning: String?
        try AtomicFile.write(to: path, overwrite: request.overwrite) { emit in
          warning = try SummaryExport.write(
            request.format, store: store, course: request.course, date: date, emit)
        }
        // Remembering the folder is a convenience: failing to is no reason to report failure.
        try? store.setExportFolder((path as NSString).deletingLastPathComponent)
        return warning.map { .finishedWithWarning(path: path, warning: $0) }
          ?? .finished(path: path)
      } catch let error as JournalError {
        return .failed(message: "Not exported: \(error.message)")
      } catch let error as AtomicFileError {
        return .failed(message: "Not exported: " + error.message(pathWidth: Self.shownPathWidth))
      } catch {
        return .failed(message: "Not exported: \(error)")
      }
    }
  }

  /// The most of a path a failure shows, cut in the middle: the notice is one line, and
  /// the reason after the path must stay in sight on an 80-column terminal.
  static let shownPathWidth = 30

  private func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }

  /// Something other than a folder is there (a file, or a device the write will refuse).
  private func isFile(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path) && !isFolder(path)
  }

  /// `~/x.md` as a shell would read it.
  private func expanded(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return exportFolder + path.dropFirst()
  }
}
