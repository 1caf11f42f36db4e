import CoachTestKit
import Foundation
import LeverageCore
import LeverageResources
import Testing

@Suite struct CoachActionItemsTests {
  let course: Course
  let today = CalendarDate(year: 2026, month: 3, day: 1)
  let stamp = Date(timeIntervalSince1970: 0)

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func item(_ id: Int64, _ title: String, due: CalendarDate? = nil) -> ActionItem {
    ActionItem(id: id, title: title, dueDate: due, createdAt: stamp, updatedAt: stamp)
  }

  func state(_ items: [ActionItem]) -> CoachState {
    var state = CoachState(
      course: course, answers: [:], drafts: [:], place: .map, actionItems: items, today: today)
    _ = Coach.update(&state, .actionItems(.opened))
    return state
  }

  @Test func theTakeawaysLeadIntoTheActionItems() throws {
    var state = CoachState(
      course: course, answers: [:], drafts: [:], place: nil, actionItems: [], today: today)
    let wrapUp = try #require(
      state.outline.stops.firstIndex { $0.unit.leadsToActionItems })
    state.play([.unitOpened(wrapUp), .optionToggled, .answerSubmitted])
    #expect(state.route == .actionItems)
  }

  @Test func addingWritesOnlyOnEnterAndShowsTheItemOnceSaved() {
    var state = state([item(1, "Meet a mentor")])
    _ = Coach.update(&state, .actionItems(.addRequested))
    for text in ["  ", "Call", " Dana"] {
      _ = Coach.update(&state, .actionItems(.row(.edited(.typed(text)))))
    }
    let effects = Coach.update(&state, .actionItems(.row(.fieldSubmitted)))
    #expect(effects == [.actionItems(.add(title: "Call Dana"))])
    #expect(Coach.update(&state, .actionItems(.selectionMoved(by: 1))).isEmpty)
    #expect(state.actions.selection == 0)
    _ = Coach.update(&state, .actionItems(.saved(item(2, "Call Dana"))))
    #expect(state.actions.items.map(\.title) == ["Meet a mentor", "Call Dana"])
    #expect(state.actions.selection == 1 && state.actions.editing.field == nil)
    #expect(state.notice == .info("Saved."))
  }

  @Test func anEmptyTitleIsRefused() {
    var state = state([])
    _ = Coach.update(&state, .actionItems(.addRequested))
    #expect(Coach.update(&state, .actionItems(.row(.fieldSubmitted))).isEmpty)
    #expect(state.notice == .error("An action item needs a title."))
  }

  @Test func aDueDateIsValidatedThenSortsTheItem() {
    var state = state([item(1, "A"), item(2, "B")])
    _ = Coach.update(&state, .actionItems(.selectionMoved(by: 1)))
    _ = Coach.update(&state, .actionItems(.dueDateRequested))
    _ = Coach.update(&state, .actionItems(.row(.edited(.typed("2026-02-30")))))
    #expect(Coach.update(&state, .actionItems(.row(.fieldSubmitted))).isEmpty)
    #expect(state.notice == .error("2026-02-30 is not a real date."))
    for _ in 0..<5 { _ = Coach.update(&state, .actionItems(.row(.edited(.deletedBackward)))) }
    _ = Coach.update(&state, .actionItems(.row(.edited(.typed("03-05")))))
    let due = CalendarDate(year: 2026, month: 3, day: 5)
    #expect(
      Coach.update(&state, .actionItems(.row(.fieldSubmitted))) == [
        .actionItems(.setDueDate(id: 2, due))
      ])
    _ = Coach.update(&state, .actionItems(.saved(item(2, "B", due: due))))
    #expect(state.actions.items.map(\.title) == ["B", "A"])
    #expect(state.actions.selection == 0)
  }

  @Test func deletingAsksFirst() {
    var state = state([item(1, "A")])
    _ = Coach.update(&state, .actionItems(.deleteRequested))
    #expect(state.actions.editing.pendingDelete == 1)
    #expect(Coach.update(&state, .actionItems(.row(.deleteCancelled))).isEmpty)
    #expect(state.actions.editing.pendingDelete == nil)
    _ = Coach.update(&state, .actionItems(.deleteRequested))
    #expect(
      Coach.update(&state, .actionItems(.row(.deleteConfirmed))) == [
        .actionItems(.delete(id: 1))
      ])
    _ = Coach.update(&state, .actionItems(.deleted(id: 1)))
    #expect(state.actions.items.isEmpty && state.notice == .info("Deleted."))
  }

  @Test func spaceTicksAnItemOffAndAFailureLeavesItAsItWas() {
    var state = state([item(1, "A")])
    #expect(
      Coach.update(&state, .actionItems(.doneToggled)) == [
        .actionItems(.setDone(id: 1, true))
      ])
    _ = Coach.update(&state, .actionItems(.saveFailed(message: "Not saved: disk full")))
    #expect(state.actions.items == [item(1, "A")])
    #expect(state.notice == .error("Not saved: disk full"))
  }
}
