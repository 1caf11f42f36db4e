import Foundation
import LeverageCore
import LeverageJournal

extension EffectRunner {
  /// Finds the export path, or writes the export, and says how it went.
  func exportEvent(for effect: CoachEffect) -> CoachEvent {
    switch effect {
    case .findExportTarget(let format, let folder):
      let start = folder ?? (try? store.exportFolder()) ?? exportFolder
      let path = format.defaultPath(folder: start, date: CalendarDate(now()))
      return .exportTargetFound(
        format, path: path, exists: FileManager.default.fileExists(atPath: expanded(path)))
    case .checkExportTarget(let path):
      return .exportTargetChecked(
        path: path, exists: FileManager.default.fileExists(atPath: expanded(path)))
    case .writeExport(let request):
      let path = expanded(request.path)
      do {
        let text = try SummaryExport.contents(
          request.format, store: store, course: request.course, date: CalendarDate(now()))
        try AtomicFile.write(text, to: path, overwrite: request.overwrite)
        // Remembering the folder is a convenience: failing to is no reason to report failure.
        try? store.setExportFolder((path as NSString).deletingLastPathComponent)
        return .exportFinished(path: path)
      } catch let error as JournalError {
        return .exportFailed(message: "Not exported: \(error.message)")
      } catch let error as AtomicFileError {
        return .exportFailed(message: "Not exported: \(error.message)")
      } catch {
        return .exportFailed(message: "Not exported: \(error)")
      }
    default:
      return .exportFailed(message: "Not exported.")
    }
  }

  /// `~/x.md` as a shell would read it.
  private func expanded(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return exportFolder + path.dropFirst()
  }
}
