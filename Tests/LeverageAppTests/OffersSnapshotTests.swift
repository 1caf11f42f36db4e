import CoachTestKit
import Foundation
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct OffersSnapshotTests {
  static func money(_ dollars: Int64, estimate: Bool = false) -> OfferEntry {
    .money(cents: dollars * 100, isEstimate: estimate)
  }

  static let offers = [
    Offer(
      id: 1, name: "Current job",
      entries: [
        .salary: money(280_000), .callNights: .number(6, isEstimate: false), .tailCost: money(0),
      ],
      createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0)),
    Offer(
      id: 2, name: "Northside Clinic",
      entries: [
        .salary: money(300_000), .signingBonus: money(30_000),
        .clawbackYears: .number(2, isEstimate: false), .wrvus: .number(5200, isEstimate: true),
        .ratePerWRVU: money(55), .wrvuThreshold: .number(4000, isEstimate: false),
        .callNights: .number(4, isEstimate: false), .tailCost: money(24_000, estimate: true),
        .nonCompete: .text("10 miles, 2 years"),
      ],
      createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0)),
  ]

  /// Both offers with a ladder set: leaders, estimates, the pay-per-wRVU reference figures
  /// and where each total falls on the ladder.
  @Test(arguments: ScreenSnapshotTests.sizes)
  func twoOffersOnTheLadder(size: Size) {
    var state = CoachState(
      course: ShippedCourse.course,
      answers: [
        ShippedCourse.key("ladder", "walk-away-figure"): .money(cents: 29_000_000),
        ShippedCourse.key("ladder", "target"): .money(cents: 34_000_000),
      ], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 12, day: 2), offers: Self.offers)
    state.play([.offers(.opened), .offers(.columnMoved(by: 1)), .offers(.lineMoved(by: 4))])
    assertSnapshot(
      Render.screen(state, size: size), named: "offers-\(size.width)x\(size.height)")
  }

  /// At 50 columns two offers fit: the third scrolls in with →, and the names row says so.
  @Test func aThirdOfferScrollsInAtTheMinimumSize() {
    let third = Offer(
      id: 3, name: "Lakeside", entries: [.salary: Self.money(310_000)],
      createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
    var state = CoachState(
      course: ShippedCourse.course, answers: [:], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 12, day: 2), offers: Self.offers + [third])
    state.play([.offers(.opened), .offers(.columnMoved(by: 2)), .offers(.lineMoved(by: 13))])
    assertSnapshot(
      Render.screen(state, size: ScreenSnapshotTests.minimum), named: "offers-three-50x14")
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func editingACell(size: Size) {
    var state = CoachState(
      course: ShippedCourse.course, answers: [:], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 12, day: 2), offers: Self.offers)
    state.play([
      .offers(.opened), .offers(.editRequested(startingWith: "~2")),
      .offers(.row(.edited(.typed("90k")))),
    ])
    assertSnapshot(
      Render.screen(state, size: size), named: "offers-edit-\(size.width)x\(size.height)")
  }
  /// Issue 13: an offer of 9223372036854775807 cents on two lines, stored before import
  /// checked offers, made the `o` screen die with exit 132. Its total now saturates.
  @Test func anOfferOfIntMaxCentsDrawsInsteadOfTrapping() {
    let huge = OfferEntry.money(cents: .max, isEstimate: false)
    let crafted = Offer(
      id: 3, name: "Crafted", entries: [.salary: huge, .loanRepayment: huge, .tailCost: huge],
      createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
    var state = CoachState(
      course: ShippedCourse.course,
      answers: [ShippedCourse.key("ladder", "walk-away-figure"): .money(cents: 29_000_000)],
      drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 12, day: 2), offers: Self.offers + [crafted])
    state.play([.offers(.opened), .offers(.columnMoved(by: 2))])
    let screen = Render.screen(state, size: ScreenSnapshotTests.large)
    #expect(screen.snapshot.contains("Crafted"))
  }
}
