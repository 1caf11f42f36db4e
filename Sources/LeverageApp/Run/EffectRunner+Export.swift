import Foundation
import LeverageCore

extension EffectRunner {
  /// Finds the export path, or writes the export, and says how it went.
  func exportEvent(for effect: CoachEffect) -> CoachEvent {
    switch effect {
    case .findExportTarget(let format):
      let path = format.defaultPath(folder: exportFolder, date: CalendarDate(now()))
      return .exportTargetFound(
        format, path: path, exists: FileManager.default.fileExists(atPath: path))
    case .writeExport(let request):
      do {
        let text = try SummaryExport.contents(
          request.format, store: store, course: request.course, date: CalendarDate(now()))
        try AtomicFile.write(text, to: request.path, overwrite: request.overwrite)
        return .exportFinished(path: request.path)
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
}
