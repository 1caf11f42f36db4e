import CoachTestKit
import Foundation
import LeverageCore
import LeverageJournal
import Testing

@testable import LeverageApp

/// Issue 24: the export screen refuses a folder in one line, keeps a failure's reason in
/// sight whatever the path's length, and says when an import would refuse the archive.
@Suite struct ExportTargetTests {
  private func runner() throws -> (EffectRunner, JournalStore, String) {
    let path = temporaryJournalPath()
    let folder = (path as NSString).deletingLastPathComponent
    let store = try JournalStore.open(path: path)
    let now = Date(timeIntervalSince1970: 1_772_445_600)
    return (EffectRunner(store: store, now: { now }, exportFolder: folder), store, folder)
  }

  @Test func aFolderIsRefusedRatherThanOfferedForReplacing() throws {
    let (runner, _, folder) = try runner()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let events = runner.run(.export(.checkTarget(folder)))
    guard case .events(let list) = events, list.count == 1,
      case .export(.failed(let message)) = list[0]
    else {
      Issue.record("expected a failure, got \(events)")
      return
    }
    #expect(message.hasPrefix("Not exported: "))
    #expect(message.hasSuffix(" is a folder; give a file name inside it."))
    var state = ShippedCourse.state(answers: [:], place: .map)
    state.play([.export(.opened), .export(.failed(message: message))])
    #expect(state.notice == .error(message))
  }

  @Test func aLongPathIsCutInTheMiddleSoTheReasonStaysInSight() {
    let deep = "/home/ana/" + String(repeating: "very-long-folder-name/", count: 12) + "s.md"
    let error = AtomicFileError.folderMissing(path: deep)
    let message = error.message(pathWidth: 30)
    #expect(message.hasSuffix(" does not exist; create it or choose another path."))
    #expect(message.hasPrefix("The folder for /home/ana/very-…lder-name/s.md "))
    #expect(message.count < 100)
    #expect(
      AtomicFileError.folderMissing(path: "/a/b.md").message(pathWidth: 30)
        == error
        .message.replacingOccurrences(of: deep, with: "/a/b.md"))
  }

  @Test func aJSONExportSaysWhenAnImportWouldRefuseIt() throws {
    let (runner, store, folder) = try runner()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let wrvus = ShippedCourse.key("economics", "wrvus")
    _ = try store.save(.number(5e-324), for: wrvus, kind: .number, at: Date())
    let target = folder + "/journal.json"
    let request = ExportRequest(
      format: .json, path: target, overwrite: false, course: ShippedCourse.course)
    let events = runner.run(.export(.write(request)))
    guard case .events(let list) = events, list.count == 1,
      case .export(.finishedWithWarning(let path, let warning)) = list[0]
    else {
      Issue.record("expected a warning, got \(events)")
      return
    }
    #expect(path == target)
    #expect(warning.hasPrefix("an import would refuse it: answers[0].value (economics/wrvus)"))
    #expect(FileManager.default.fileExists(atPath: target))
    var state = ShippedCourse.state(answers: [:], place: .map)
    state.play([.export(.opened), .export(.finishedWithWarning(path: path, warning: warning))])
    #expect(state.notice == .error("Wrote \(target), but \(warning)"))
  }
}
