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
      return .targetFound(
        format, path: path, exists: FileManager.default.fileExists(atPath: expanded(path)))
    case .checkTarget(let path):
      return .targetChecked(
        path: path, exists: FileManager.default.fileExists(atPath: expanded(path)))
    case .write(let request):
      let path = expanded(request.path)
      do {
        let date = CalendarDate(now(), in: .current)
        try AtomicFile.write(to: path, overwrite: request.overwrite) { emit in
          try SummaryExport.write(
            request.format, store: store, course: request.course, date: date, emit)
        }
        // Remembering the folder is a convenience: failing to is no reason to report failure.
        try? store.setExportFolder((path as NSString).deletingLastPathComponent)
        return .finished(path: path)
      } catch let error as JournalError {
        return .failed(message: "Not exported: \(error.message)")
      } catch let error as AtomicFileError {
        return .failed(message: "Not exported: \(error.message)")
      } catch {
        return .failed(message: "Not exported: \(error)")
      }
    }
  }

  /// `~/x.md` as a shell would read it.
  private func expanded(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return exportFolder + path.dropFirst()
  }
}
