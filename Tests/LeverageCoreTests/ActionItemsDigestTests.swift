import Foundation
import LeverageCore
import Testing

/// Due and overdue against a fixed today: no test here reads the real date.
@Suite struct ActionItemsDigestTests {
  let today = CalendarDate(year: 2026, month: 3, day: 1)

  func item(
    _ id: Int64, _ title: String, due: String? = nil, done: Bool = false
  ) -> ActionItem {
    ActionItem(
      id: id, title: title, dueDate: due.flatMap(CalendarDate.init(iso:)),
      doneAt: done ? Date(timeIntervalSince1970: 1) : nil,
      createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
  }

  @Test func countsDaysAcrossMonthsLeapYearsAndBackwards() {
    let feb28 = CalendarDate(year: 2028, month: 2, day: 28)
    #expect(feb28.days(until: CalendarDate(year: 2028, month: 3, day: 1)) == 2)
    #expect(today.days(until: CalendarDate(year: 2026, month: 2, day: 27)) == -2)
    #expect(today.days(until: CalendarDate(year: 2027, month: 3, day: 1)) == 365)
    #expect(CalendarDate(year: 2025, month: 12, day: 31).days(until: today) == 60)
  }

  @Test func placesEachItemAgainstToday() {
    let standing = { ActionItemsDigest.standing(of: $0, today: today) }
    #expect(standing(item(1, "a", due: "2026-02-28")) == .overdue(days: 1))
    #expect(standing(item(1, "a", due: "2026-03-01")) == .dueSoon(days: 0))
    #expect(standing(item(1, "a", due: "2026-03-08")) == .dueSoon(days: 7))
    #expect(standing(item(1, "a", due: "2026-03-09")) == .later(days: 8))
    #expect(standing(item(1, "a")) == .undated)
    #expect(standing(item(1, "a", due: "2020-01-01", done: true)) == .done)
  }

  @Test func ordersByDueDateThenUndatedThenDone() {
    let items = [
      item(1, "undated"), item(2, "done", due: "2026-01-01", done: true),
      item(3, "later", due: "2026-04-01"), item(4, "soon", due: "2026-03-03"),
      item(5, "also undated"),
    ]
    #expect(
      ActionItemsDigest.ordered(items).map(\.title) == [
        "soon", "later", "undated", "also undated", "done",
      ])
  }

  @Test func saysHowEachItemStands() {
    let text = { ActionItemsDigest.dueText(of: $0, today: today) }
    #expect(text(item(1, "a", due: "2026-02-27")) == "overdue by 2 days")
    #expect(text(item(1, "a", due: "2026-02-28")) == "overdue by 1 day")
    #expect(text(item(1, "a", due: "2026-03-01")) == "due today")
    #expect(text(item(1, "a", due: "2026-03-02")) == "due tomorrow")
    #expect(text(item(1, "a", due: "2026-03-20")) == "due in 19 days")
    #expect(text(item(1, "a")) == nil)
  }

  @Test func summarisesWhatNeedsAttentionForTheMap() {
    let items = [
      item(1, "Meet a mentor", due: "2026-03-04"),
      item(2, "Get the practice's financials", due: "2026-02-27"),
      item(3, "Write goals"), item(4, "Old", due: "2026-02-01", done: true),
      item(5, "Far off", due: "2026-06-01"),
    ]
    #expect(
      ActionItemsDigest.summary(items, today: today)
        == "Action items: 1 overdue (Get the practice's financials), 1 due in 3 days")
    let soon = [item(1, "A", due: "2026-03-02"), item(2, "B", due: "2026-03-05")]
    #expect(
      ActionItemsDigest.summary(soon, today: today)
        == "Action items: 2 due soon (first: A, tomorrow)")
    #expect(ActionItemsDigest.summary([item(1, "Far", due: "2026-05-01")], today: today) == nil)
    #expect(ActionItemsDigest.summary([], today: today) == nil)
  }
}
