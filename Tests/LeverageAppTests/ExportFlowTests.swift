import CoachTestKit
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
      .export(.opened), .export(.formatMoved(by: 1)),
      .export(
        .targetFound(
          .html, path: "/home/ana/leverage-summary-2026-03-02.html", exists: exists)),
    ])
    return state
  }

  @Test func pickingAFormatAsksTheRunnerForItsPath() {
    var state = onMap
    #expect(
      Coach.update(&state, .export(.opened)) == [.export(.findTarget(.markdown, folder: nil))])
    #expect(state.route == .export)
    #expect(
      Coach.update(&state, .export(.formatMoved(by: -1))) == [
        .export(.findTarget(.brief, folder: nil))
      ])
    // A stale answer for a format no longer picked is ignored.
    _ = Coach.update(&state, .export(.targetFound(.markdown, path: "/x.md", exists: false)))
    #expect(state.exportForm?.path == nil)
    #expect(Coach.update(&state, .export(.confirmed)).isEmpty)
  }

  @Test func thePathIsAFieldAndAnotherFormatKeepsItsFolder() {
    var state = exportState(exists: false)
    state.play([
      .export(.pathEdited(.cursorMoved(.lineStart))),
      .export(.pathEdited(.typed("/tmp"))),
    ])
    #expect(state.exportForm?.path?.text == "/tmp/home/ana/leverage-summary-2026-03-02.html")
    #expect(
      Coach.update(&state, .export(.formatMoved(by: 1)))
        == [.export(.findTarget(.json, folder: "/tmp/home/ana"))])
    #expect(
      KeyMap.command(for: .character("a"), state: state, size: Self.small)
        == .coach(.export(.pathEdited(.typed("a")))))
    #expect(
      KeyMap.command(for: .left, state: state, size: Self.small)
        == .coach(.export(.pathEdited(.cursorMoved(.left)))))
  }

  @Test func enterLooksAgainBeforeWritingSoAnEditedPathIsNeverReplacedUnasked() {
    var state = exportState(exists: false)
    let path = "/home/ana/leverage-summary-2026-03-02.html"
    #expect(Coach.update(&state, .export(.confirmed)) == [.export(.checkTarget(path))])
    #expect(Coach.update(&state, .export(.targetChecked(path: path, exists: true))).isEmpty)
    #expect(state.exportForm?.confirmingReplace == true)
  }

  @Test func anExistingFileIsReplacedOnlyAfterYes() {
    var state = exportState(exists: true)
    let path = "/home/ana/leverage-summary-2026-03-02.html"
    #expect(Coach.update(&state, .export(.confirmed)) == [.export(.checkTarget(path))])
    #expect(Coach.update(&state, .export(.targetChecked(path: path, exists: true))).isEmpty)
    #expect(state.exportForm?.confirmingReplace == true)
    #expect(Coach.update(&state, .export(.replaceAnswered(false))).isEmpty)
    state.play([.export(.confirmed), .export(.targetChecked(path: path, exists: true))])
    let effects = Coach.update(&state, .export(.replaceAnswered(true)))
    #expect(
      effects == [
        .export(
          .write(
            ExportRequest(
              format: .html, path: "/home/ana/leverage-summary-2026-03-02.html", overwrite: true,
              course: ShippedCourse.course)))
      ])
    _ = Coach.update(&state, .export(.finished(path: "/home/ana/leverage-summary-2026-03-02.html")))
    #expect(state.notice == .info("Wrote /home/ana/leverage-summary-2026-03-02.html."))
  }

  @Test func keysOnTheExportScreen() {
    #expect(
      KeyMap.command(for: .character("x"), state: onMap, size: Self.small)
        == .coach(.export(.opened)))
    var state = exportState(exists: true)
    #expect(
      KeyMap.command(for: .down, state: state, size: Self.small)
        == .coach(.export(.formatMoved(by: 1))))
    #expect(KeyMap.command(for: .escape, state: state, size: Self.small) == .coach(.mapRequested))
    state.play([
      .export(.confirmed),
      .export(.targetChecked(path: "/home/ana/leverage-summary-2026-03-02.html", exists: true)),
    ])
    #expect(
      KeyMap.command(for: .character("y"), state: state, size: Self.small)
        == .coach(.export(.replaceAnswered(true))))
    #expect(
      KeyMap.command(for: .escape, state: state, size: Self.small)
        == .coach(.export(.replaceAnswered(false))))
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func screens(size: Size) {
    assertSnapshot(
      Render.screen(exportState(exists: false), size: size),
      named: "export-\(size.width)x\(size.height)")
    let path = "/home/ana/leverage-summary-2026-03-02.html"
    var confirming = exportState(exists: true)
    var existing = FakeJournal(existingFiles: [path])
    confirming.play([.export(.confirmed)], journal: &existing)
    assertSnapshot(
      Render.screen(confirming, size: size), named: "export-replace-\(size.width)x\(size.height)")
    var failed = exportState(exists: false)
    var missingFolder = FakeJournal(
      failure: "Not exported: The folder for /home/ana/x.html does not exist.")
    failed.play([.export(.confirmed)], journal: &missingFolder)
    assertSnapshot(
      Render.screen(failed, size: size), named: "export-failed-\(size.width)x\(size.height)")
  }

  @Test func theRunnerWritesTheFileAndRefusesAMissingFolder() throws {
    let path = temporaryJournalPath()
    let folder = (path as NSString).deletingLastPathComponent
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try JournalStore.open(path: path)
    let now = Date(timeIntervalSince1970: 1_772_445_600)
    let runner = EffectRunner(store: store, now: { now }, exportFolder: folder)
    let target = folder + "/leverage-summary-\(CalendarDate(now, in: .current).iso).md"
    #expect(
      runner.run(.export(.findTarget(.markdown, folder: nil)))
        == .events([.export(.targetFound(.markdown, path: target, exists: false))]))
    let request = ExportRequest(
      format: .markdown, path: target, overwrite: false, course: ShippedCourse.course)
    #expect(runner.run(.export(.write(request))) == .events([.export(.finished(path: target))]))
    // The next export starts in the folder of the last one written.
    let elsewhere = folder + "/elsewhere"
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    var there = request
    there.path = elsewhere + "/mine.md"
    #expect(runner.run(.export(.write(there))) == .events([.export(.finished(path: there.path))]))
    #expect(
      runner.run(.export(.findTarget(.html, folder: nil)))
        == .events([
          .export(
            .targetFound(
              .html,
              path: elsewhere + "/leverage-summary-\(CalendarDate(now, in: .current).iso).html",
              exists: false))
        ]))
    #expect(
      runner.run(.export(.checkTarget(there.path)))
        == .events([.export(.targetChecked(path: there.path, exists: true))]))
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.hasPrefix("# Negotiation summary\n"))
    var missing = request
    missing.path = folder + "/nope/a.md"
    #expect(
      runner.run(.export(.write(missing)))
        == .events([
          .export(
            .failed(
              // The path cut in the middle, so the reason stays on the one-line notice.
              message: "Not exported: "
                + AtomicFileError.folderMissing(path: missing.path)
                .message(pathWidth: EffectRunner.shownPathWidth)))
        ]))
  }
}
