import CoachTestKit
import Foundation
import LeverageResources
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct ActionItemStoreTests {
  let scratch = ScratchFolder()
  let stamp = Date(timeIntervalSince1970: 1_772_355_600)

  @Test func seedsTheThreeDefaultsOnceAndNeverAgainAfterDeletion() throws {
    let store = try JournalStore.open(path: scratch.path)
    let seeded = try store.actionItems()
    #expect(seeded.map(\.title) == ActionItem.defaultTitles)
    #expect(seeded.allSatisfy { !$0.isDone && $0.dueDate == nil })
    for item in seeded { try store.deleteActionItem(item.id, at: stamp) }
    let reopened = try JournalStore.open(path: scratch.path)
    #expect(try reopened.actionItems().isEmpty)
  }

  @Test func addsRenamesDatesAndTicksOffAnItem() throws {
    let store = try JournalStore.open(path: scratch.path)
    let added = try store.addActionItem(title: "Call the recruiter", at: stamp)
    #expect(added.title == "Call the recruiter" && added.createdAt == stamp)
    let due = CalendarDate(year: 2026, month: 3, day: 5)
    _ = try store.setDueDate(due, ofActionItem: added.id, at: stamp)
    let renamed = try store.renameActionItem(added.id, to: "Call Dana", at: stamp)
    #expect(renamed.dueDate == due && renamed.title == "Call Dana")
    let done = try store.setDone(true, ofActionItem: added.id, at: stamp)
    #expect(done.doneAt == stamp)
    #expect(try store.openActionItems().map(\.id).contains(added.id) == false)
    let reopened = try JournalStore.open(path: scratch.path).actionItems()
    #expect(reopened.last == done)
    #expect(try store.setDone(false, ofActionItem: added.id, at: stamp).isDone == false)
    #expect(try store.setDueDate(nil, ofActionItem: added.id, at: stamp).dueDate == nil)
  }

  @Test func listsOpenItemsByDueDateWithUndatedLast() throws {
    let store = try JournalStore.open(path: scratch.path)
    let items = try store.actionItems()
    _ = try store.setDueDate(
      CalendarDate(year: 2026, month: 4, day: 1), ofActionItem: items[2].id, at: stamp)
    _ = try store.setDueDate(
      CalendarDate(year: 2026, month: 3, day: 1), ofActionItem: items[1].id, at: stamp)
    _ = try store.setDone(true, ofActionItem: items[0].id, at: stamp)
    #expect(try store.openActionItems().map(\.id) == [items[1].id, items[2].id])
  }

  @Test func refusesToChangeADeletedItem() throws {
    let store = try JournalStore.open(path: scratch.path)
    let item = try #require(try store.actionItems().first)
    try store.deleteActionItem(item.id, at: stamp)
    #expect(throws: JournalError.self) {
      try store.renameActionItem(item.id, to: "Back", at: stamp)
    }
  }

  @Test func profileAnswersKeepTheirHistoryLikeAnyAnswer() throws {
    let store = try JournalStore.open(path: scratch.path)
    let key = PromptKey(unitID: "profile", promptID: "years")
    _ = try store.save(.number(3), for: key, kind: .number, at: stamp)
    _ = try store.save(.number(4), for: key, kind: .number, at: stamp)
    #expect(try store.revisions(of: key).map(\.value) == [.number(3), .number(4)])
    let answers = Dictionary(try store.latestAnswers().map { ($0.key, $0.value) }) { $1 }
    let course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
    #expect(ProfileSpotlight(course: course, answers: answers).yearsInPractice == 4)
  }
}
