import Foundation
import LeverageCore
import LeverageJournal
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct ExportFlowTests {
  static let small = Size(width: 80, height: 24)

  private let onMap = ShippedCourse.state(
    answers: [ShippedCourse.key("economics", "salary"): .money(cents: 30_000_000)], place: .map)

  /// The map with the export screen opened and the runner's answers applied by hand.
  private func exportState(exists: Bool) -> CoachState {
    var state = onMap
    state.play([
      .exportOpened, .exportFormatMoved(by: 1),
      .exportTargetFound(
        .html, path: "/home/ana/leverage-summary-2026-03-02.html", exists: exists),
    ])
    return state
  }

  @Test func pickingAFormatAsksTheRunnerForItsPath() {
    var state = onMap
    #expect(Coach.update(&state, .exportOpened) == [.findExportTarget(.markdown, folder: nil)])
    #expect(state.route == .export)
    #expect(
      Coach.update(&state, .exportFormatMoved(by: -1)) == [.findExportTarget(.brief, folder: nil)])
    // A stale answer for a format no longer picked is ignored.
    _ = Coach.update(&state, .exportTargetFound(.markdown, path: "/x.md", exists: false))
    #expect(state.exportForm?.path == nil)
    #expect(Coach.update(&state, .exportConfirmed).isEmpty)
  }

  @Test func thePathIsAFieldAndAnotherFormatKeepsItsFolder() {
    var state = exportState(exists: false)
    state.play([
      .exportPathEdited(.cursorMoved(.lineStart)),
      .exportPathEdited(.typed("/tmp")),
    ])
    #expect(state.exportForm?.path?.text == "/tmp/home/ana/leverage-summary-2026-03-02.html")
    #expect(
      Coach.update(&state, .exportFormatMoved(by: 1))
        == [.findExportTarget(.json, folder: "/tmp/home/ana")])
    #expect(
      KeyMap.command(for: .character("a"), state: state, size: Self.small)
        == .coach(.exportPathEdited(.typed("a"))))
    #expect(
      KeyMap.command(for: .left, state: state, size: Self.small)
        == .coach(.exportPathEdited(.cursorMoved(.left))))
  }

  @Test func enterLooksAgainBeforeWritingSoAnEditedPathIsNeverReplacedUnasked() {
    var state = exportState(exists: false)
    let path = "/home/ana/leverage-summary-2026-03-02.html"
    #expect(Coach.update(&state, .exportConfirmed) == [.checkExportTarget(path)])
    #expect(Coach.update(&state, .exportTargetChecked(path: path, exists: true)).isEmpty)
    #expect(state.exportForm?.confirmingReplace == true)
  }

  @Test func anExistingFileIsReplacedOnlyAfterYes() {
    var state = exportState(exists: true)
    let path = "/home/ana/leverage-summary-2026-03-02.html"
    #expect(Coach.update(&state, .exportConfirmed) == [.checkExportTarget(path)])
    #expect(Coach.update(&state, .exportTargetChecked(path: path, exists: true)).isEmpty)
    #expect(state.exportForm?.confirmingReplace == true)
    #expect(Coach.update(&state, .exportReplaceAnswered(false)).isEmpty)
    state.play([.exportConfirmed, .exportTargetChecked(path: path, exists: true)])
    let effects = Coach.update(&state, .exportReplaceAnswered(true))
    #expect(
      effects == [
        .writeExport(
          ExportRequest(
            format: .html, path: "/home/ana/leverage-summary-2026-03-02.html", overwrite: true,
            course: ShippedCourse.course))
      ])
    _ = Coach.update(&state, .exportFinished(path: "/home/ana/leverage-summary-2026-03-02.html"))
    #expect(state.notice == .info("Wrote /home/ana/leverage-summary-2026-03-02.html."))
  }

  @Test func keysOnTheExportScreen() {
    #expect(
      KeyMap.command(for: .character("x"), state: onMap, size: Self.small)
        == .coach(.exportOpened))
    var state = exportState(exists: true)
    #expect(
      KeyMap.command(for: .down, state: state, size: Self.small)
        == .coach(.exportFormatMoved(by: 1)))
    #expect(KeyMap.command(for: .escape, state: state, size: Self.small) == .coach(.mapRequested))
    state.play([
      .exportConfirmed,
      .exportTargetChecked(path: "/home/ana/leverage-summary-2026-03-02.html", exists: true),
    ])
    #expect(
      KeyMap.command(for: .character("y"), state: state, size: Self.small)
        == .coach(.exportReplaceAnswered(true)))
    #expect(
      KeyMap.command(for: .escape, state: state, size: Self.small)
        == .coach(.exportReplaceAnswered(false)))
  }

  @Test func screens() {
    assertSnapshot(
      Render.screen(exportState(exists: false), size: Self.small), named: "export-80x24")
    var confirming = exportState(exists: true)
    confirming.play([
      .exportConfirmed,
      .exportTargetChecked(path: "/home/ana/leverage-summary-2026-03-02.html", exists: true),
    ])
    assertSnapshot(Render.screen(confirming, size: Self.small), named: "export-replace-80x24")
    var failed = exportState(exists: false)
    failed.play([
      .exportConfirmed,
      .exportTargetChecked(path: "/home/ana/leverage-summary-2026-03-02.html", exists: false),
      .exportFailed(message: "Not exported: The folder for /home/ana/x.html does not exist."),
    ])
    assertSnapshot(Render.screen(failed, size: Self.small), named: "export-failed-80x24")
  }

  @Test func theRunnerWritesTheFileAndRefusesAMissingFolder() throws {
    let path = temporaryJournalPath()
    let folder = (path as NSString).deletingLastPathComponent
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try JournalStore.open(path: path)
    let now = Date(timeIntervalSince1970: 1_772_445_600)
    let runner = EffectRunner(store: store, now: { now }, exportFolder: folder)
    let target = folder + "/leverage-summary-\(CalendarDate(now).iso).md"
    #expect(
      runner.run(.findExportTarget(.markdown, folder: nil))
        == .events([.exportTargetFound(.markdown, path: target, exists: false)]))
    let request = ExportRequest(
      format: .markdown, path: target, overwrite: false, course: ShippedCourse.course)
    #expect(runner.run(.writeExport(request)) == .events([.exportFinished(path: target)]))
    // The next export starts in the folder of the last one written.
    let elsewhere = folder + "/elsewhere"
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    var there = request
    there.path = elsewhere + "/mine.md"
    #expect(runner.run(.writeExport(there)) == .events([.exportFinished(path: there.path)]))
    #expect(
      runner.run(.findExportTarget(.html, folder: nil))
        == .events([
          .exportTargetFound(
            .html, path: elsewhere + "/leverage-summary-\(CalendarDate(now).iso).html",
            exists: false)
        ]))
    #expect(
      runner.run(.checkExportTarget(there.path))
        == .events([.exportTargetChecked(path: there.path, exists: true)]))
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.hasPrefix("# Negotiation summary\n"))
    var missing = request
    missing.path = folder + "/nope/a.md"
    #expect(
      runner.run(.writeExport(missing))
        == .events([
          .exportFailed(
            message: "Not exported: The folder for \(missing.path) does not exist; "
              + "create it or choose another path.")
        ]))
  }
}
