import Foundation
import LeverageCore
import LeverageResources
import Testing

@Suite struct CoachOffersTests {
  let course: Course
  let stamp = Date(timeIntervalSince1970: 0)

  init() throws {
    course = try CourseLoader.load(from: try #require(CourseResource.defaultCourseURL))
  }

  func offer(_ id: Int64, _ name: String, _ entries: [OfferLine: OfferEntry] = [:]) -> Offer {
    Offer(id: id, name: name, entries: entries, createdAt: stamp, updatedAt: stamp)
  }

  func state(_ offers: [Offer]) -> CoachState {
    var state = CoachState(
      course: course, answers: [:], drafts: [:], place: .map, actionItems: [],
      today: CalendarDate(year: 2026, month: 3, day: 1), offers: offers)
    _ = Coach.update(&state, .offers(.opened))
    return state
  }

  @Test func typingAFigureEditsTheCellAndEnterWritesIt() {
    var state = state([offer(1, "Current job")])
    _ = Coach.update(&state, .offers(.editRequested(startingWith: "2")))
    for text in ["8", "0k"] { _ = Coach.update(&state, .offers(.row(.edited(.typed(text))))) }
    let effects = Coach.update(&state, .offers(.row(.fieldSubmitted)))
    #expect(
      effects == [
        .offers(
          .setEntry(id: 1, line: .salary, entry: .money(cents: 28_000_000, isEstimate: false)))
      ])
    // Keys wait while the journal writes.
    #expect(Coach.update(&state, .offers(.lineMoved(by: 1))).isEmpty)
    #expect(state.offers.line == .salary)
    let saved = offer(1, "Current job", [.salary: .money(cents: 28_000_000, isEstimate: false)])
    _ = Coach.update(&state, .offers(.saved(saved)))
    #expect(state.offers.offers == [saved])
    #expect(state.offers.editing.field == nil)
    // The next line is ready for its figure.
    #expect(state.offers.line == .signingBonus)
  }

  @Test func aBadFigureIsExplainedAndKeptForFixing() {
    var state = state([offer(1, "Current job")])
    _ = Coach.update(&state, .offers(.editRequested(startingWith: "")))
    _ = Coach.update(&state, .offers(.row(.edited(.typed("lots")))))
    #expect(Coach.update(&state, .offers(.row(.fieldSubmitted))).isEmpty)
    guard case .error? = state.notice else {
      Issue.record("expected an error notice")
      return
    }
    #expect(state.offers.editing.buffer.text == "lots")
  }

  @Test func addingNeedsANameAndSelectsTheNewOffer() {
    var state = state([offer(1, "Current job")])
    _ = Coach.update(&state, .offers(.addRequested))
    #expect(Coach.update(&state, .offers(.row(.fieldSubmitted))).isEmpty)
    #expect(state.notice == .error("An offer needs a name, like Current job or Northside Clinic."))
    _ = Coach.update(&state, .offers(.row(.edited(.typed(String(repeating: "x", count: 61))))))
    #expect(Coach.update(&state, .offers(.row(.fieldSubmitted))).isEmpty)
    #expect(state.notice == .error("Keep the name to 60 characters (you have 61)."))
    for _ in 0..<61 { _ = Coach.update(&state, .offers(.row(.edited(.deletedBackward)))) }
    // A pasted name keeps to one clean line.
    _ = Coach.update(&state, .offers(.row(.edited(.typed("North\u{1B}[2Jside\n")))))
    #expect(
      Coach.update(&state, .offers(.row(.fieldSubmitted))) == [
        .offers(.add(name: "North[2Jside"))
      ])
    state = self.state([offer(1, "Current job")])
    _ = Coach.update(&state, .offers(.addRequested))
    _ = Coach.update(&state, .offers(.row(.edited(.typed("Northside")))))
    #expect(
      Coach.update(&state, .offers(.row(.fieldSubmitted))) == [
        .offers(.add(name: "Northside"))
      ])
    _ = Coach.update(&state, .offers(.saved(offer(2, "Northside"))))
    #expect(state.offers.column == 1)
    #expect(state.offers.line == .salary)
  }

  @Test func deletingAsksFirst() {
    var state = state([offer(1, "Current job"), offer(2, "Northside")])
    _ = Coach.update(&state, .offers(.columnMoved(by: 5)))
    #expect(state.offers.column == 1)
    _ = Coach.update(&state, .offers(.deleteRequested))
    #expect(Coach.update(&state, .offers(.row(.deleteCancelled))).isEmpty)
    _ = Coach.update(&state, .offers(.deleteRequested))
    #expect(Coach.update(&state, .offers(.row(.deleteConfirmed))) == [.offers(.delete(id: 2))])
    _ = Coach.update(&state, .offers(.deleted(id: 2)))
    #expect(state.offers.offers.map(\.name) == ["Current job"])
    #expect(state.offers.column == 0)
  }

  @Test func theHorizonStaysWithinItsRange() {
    var state = state([])
    for _ in 0..<20 { _ = Coach.update(&state, .offers(.horizonChanged(by: 1))) }
    #expect(state.offers.horizonYears == OfferComparison.horizonRange.upperBound)
    for _ in 0..<20 { _ = Coach.update(&state, .offers(.horizonChanged(by: -1))) }
    #expect(state.offers.horizonYears == 1)
  }

  @Test func editingWithoutAnOfferSaysToAddOne() {
    var state = state([])
    #expect(Coach.update(&state, .offers(.editRequested(startingWith: "3"))).isEmpty)
    #expect(state.offers.editing.field == nil)
    #expect(state.notice == .info("Add an offer first: press a. Your current job counts as one."))
  }

  @Test func aFailedWriteKeepsTheTable() {
    var state = state([offer(1, "Current job")])
    _ = Coach.update(&state, .offers(.editRequested(startingWith: "1")))
    _ = Coach.update(&state, .offers(.row(.fieldSubmitted)))
    _ = Coach.update(&state, .offers(.saveFailed(message: "Not saved: the disk is full.")))
    #expect(state.notice == .error("Not saved: the disk is full."))
    #expect(state.offers.offers == [offer(1, "Current job")])
    #expect(state.pendingWrite == nil)
  }
}
