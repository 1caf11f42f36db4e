import Testing

@testable import TerminalUI

@Suite struct ScreenDiffTests {
  @Test func noPreviousScreenMeansEveryRow() {
    let screen = Screen(size: Size(width: 3, height: 2))
    let changes = ScreenDiff.changes(from: nil, to: screen)
    #expect(changes.map(\.point) == [Point(x: 0, y: 0), Point(x: 0, y: 1)])
    #expect(changes.allSatisfy { $0.cells.count == 3 })
  }

  @Test func sizeChangeMeansEveryRow() {
    let old = Screen(size: Size(width: 3, height: 2))
    let new = Screen(size: Size(width: 4, height: 3))
    #expect(ScreenDiff.changes(from: old, to: new).count == 3)
  }

  @Test func oneTypedCharacterIsOneTinyChange() {
    var old = Screen(size: Size(width: 80, height: 24))
    old.put("Draft: hello", at: Point(x: 2, y: 5))
    var new = old
    new.put("!", at: Point(x: 14, y: 5))
    #expect(
      ScreenDiff.changes(from: old, to: new)
        == [ScreenChange(point: Point(x: 14, y: 5), cells: [Cell(text: "!")])])
    #expect(ScreenDiff.changes(from: new, to: new).isEmpty)
  }

  @Test func runNeverStartsOnTheRightHalfOfAWideCharacter() {
    var old = Screen(size: Size(width: 6, height: 1))
    old.put("ab日", at: Point(x: 0, y: 0))
    var new = Screen(size: Size(width: 6, height: 1))
    new.put("a日", at: Point(x: 0, y: 0))
    let changes = ScreenDiff.changes(from: old, to: new)
    #expect(changes.map(\.point) == [Point(x: 1, y: 0)])
    #expect(changes.first?.cells.map(\.text) == ["日", "", " "])
  }

  @Test func styleChangesCount() {
    var old = Screen(size: Size(width: 4, height: 1))
    old.put("abcd", at: Point(x: 0, y: 0))
    var new = old
    new.setStyle(Rect(x: 1, y: 0, width: 2, height: 1), style: .reverse)
    let changes = ScreenDiff.changes(from: old, to: new)
    #expect(changes.count == 1)
    #expect(changes.first?.cells.count == 2)
  }
}
