import Foundation

/// The export screen: pick a format, edit the path, confirm before replacing a file, write.
extension Coach {
  static func export(_ state: inout CoachState, _ event: ExportEvent) -> [CoachEffect] {
    switch event {
    case .opened:
      guard let format = state.route.exportFormat else { return [] }
      state.route = .export
      state.exportForm = ExportForm(format: format)
      state.notice = nil
      return [.export(.findTarget(format, folder: nil))]
    case .formatMoved(let offset):
      guard let old = state.exportForm, state.pendingWrite == nil else { return [] }
      let formats = ExportFormat.allCases
      let index = formats.firstIndex(of: old.format) ?? 0
      let form = ExportForm(
        format: formats[
          (index + offset % formats.count + formats.count)
            % formats.count])
      state.exportForm = form
      state.notice = nil
      // A folder the user typed is kept; only the file's name follows the format.
      let folder = old.path.map { ($0.text as NSString).deletingLastPathComponent }
      return [.export(.findTarget(form.format, folder: folder.flatMap { $0.isEmpty ? nil : $0 }))]
    case .targetFound(let format, let path, let exists):
      guard var form = state.exportForm, form.format == format else { return [] }
      form.path = TextBuffer(path, multiline: false)
      form.targetExists = exists
      state.exportForm = form
      return []
    case .pathEdited(let edit):
      guard var form = state.exportForm, var path = form.path, state.pendingWrite == nil else {
        return []
      }
      path.apply(edit)
      form.path = path
      form.targetExists = false
      form.confirmingReplace = false
      state.exportForm = form
      state.notice = nil
      return []
    case .confirmed:
      guard let form = state.exportForm, let path = form.path, state.pendingWrite == nil else {
        return []
      }
      guard !path.isBlank else {
        state.notice = .error("Type the path to write to.")
        return []
      }
      return [.export(.checkTarget(path.text))]
    case .targetChecked(let path, let exists):
      guard var form = state.exportForm, form.path?.text == path, state.pendingWrite == nil else {
        return []
      }
      form.targetExists = exists
      guard !exists else {
        form.confirmingReplace = true
        state.exportForm = form
        return []
      }
      return write(&state, form, path: path)
    case .replaceAnswered(let replace):
      guard var form = state.exportForm, form.confirmingReplace, let path = form.path else {
        return []
      }
      form.confirmingReplace = false
      state.exportForm = form
      return replace ? write(&state, form, path: path.text) : []
    case .finished(let path):
      if state.pendingWrite == .record(.export) { state.pendingWrite = nil }
      state.exportForm?.targetExists = true
      state.notice = .info("Wrote \(path).")
      return []
    case .finishedWithWarning(let path, let warning):
      if state.pendingWrite == .record(.export) { state.pendingWrite = nil }
      state.exportForm?.targetExists = true
      state.notice = .error("Wrote \(path), but \(warning)")
      return []
    case .failed(let message):
      if state.pendingWrite == .record(.export) { state.pendingWrite = nil }
      state.notice = .error(message)
      return []
    }
  }

  private static func write(_ state: inout CoachState, _ form: ExportForm, path: String)
    -> [CoachEffect]
  {
    var form = form
    state.pendingWrite = .record(.export)
    form.confirmingReplace = false
    state.exportForm = form
    state.notice = nil
    return [
      .export(
        .write(
          ExportRequest(
            format: form.format, path: path, overwrite: form.targetExists, course: state.course)))
    ]
  }
}
