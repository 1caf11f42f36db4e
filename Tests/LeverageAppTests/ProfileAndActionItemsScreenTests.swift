import CoachTestKit
import Foundation
import LeverageCore
import TerminalUI
import Testing

@testable import LeverageApp

@Suite struct ProfileAndActionItemsScreenTests {
  static let small = Size(width: 80, height: 24)
  let today = CalendarDate(year: 2026, month: 3, day: 1)

  func item(
    _ id: Int64, _ title: String, due: String? = nil, done: Bool = false
  ) -> ActionItem {
    let stamp = Date(timeIntervalSince1970: 0)
    return ActionItem(
      id: id, title: title, dueDate: due.flatMap(CalendarDate.init(iso:)),
      doneAt: done ? stamp : nil, createdAt: stamp, updatedAt: stamp)
  }

  var items: [ActionItem] {
    [
      item(1, "Meet a mentor", due: "2026-03-04"),
      item(2, "Get the practice's financials", due: "2026-02-27"),
      item(3, "Write down my goals for the next negotiation"),
      item(4, "Read the draft contract twice", due: "2026-02-20", done: true),
      item(5, "Ask Dana about the call schedule", due: "2026-04-15"),
    ]
  }

  func state(answers: [PromptKey: AnswerValue] = [:], place: CoursePlace? = .map) -> CoachState {
    CoachState(
      course: ShippedCourse.course, answers: answers, drafts: [:], place: place,
      actionItems: items, today: today)
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func actionItemsWithDueAndOverdue(size: Size) {
    var state = state()
    state.play([.actionItems(.opened), .actionItems(.selectionMoved(by: 1))])
    assertSnapshot(
      Render.screen(state, size: size), named: "action-items-\(size.width)x\(size.height)")
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func actionItemDueDateBeingTyped(size: Size) {
    var state = state()
    state.play([
      .actionItems(.opened), .actionItems(.selectionMoved(by: 3)),
      .actionItems(.dueDateRequested), .actionItems(.row(.edited(.typed("2026-3-")))),
    ])
    assertSnapshot(
      Render.screen(state, size: size), named: "action-items-date-\(size.width)x\(size.height)")
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func actionItemDeleteAsksFirst(size: Size) {
    var state = state()
    state.play([.actionItems(.opened), .actionItems(.deleteRequested)])
    assertSnapshot(
      Render.screen(state, size: size), named: "action-items-delete-\(size.width)x\(size.height)")
  }

  @Test func mapShowsWhatIsDueAndOverdue() {
    let state = state(answers: [ShippedCourse.key("know-your-value", "skills"): .list(["x"])])
    assertSnapshot(Render.screen(state, size: Self.small), named: "map-due-80x24")
  }

  static let shortStory =
    "Residency at Mass General, a year of night float, now leading the discharge project."

  func spotlight(soFar: String = shortStory) -> CoachState {
    let profile = { ShippedCourse.key("profile", $0) }
    var state = state(answers: [
      profile("name"): .text("Dr Ana Ruiz"), profile("specialty"): .text("Hospital medicine"),
      profile("sub-specialties"): .text("Palliative care, point-of-care ultrasound"),
      profile("years"): .number(3), profile("location"): .text("Boston, MA"),
      profile("role"): .text("Attending hospitalist"),
      profile("so-far"): .text(soFar),
      profile("rituals"): .text("A walk before rounds."),
      profile("summer-winter"): .choice(selected: ["Winter"], other: nil),
      profile("er-greys"): .choice(selected: ["Grey's Anatomy"], other: nil),
      profile("rounds-shift"): .choice(selected: ["Night shift"], other: nil),
      profile("tea-coffee"): .choice(selected: ["Coffee"], other: nil),
    ])
    state.play([.profile(.shown)])
    return state
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func profileSpotlight(size: Size) {
    assertSnapshot(
      Render.screen(spotlight(), size: size), named: "profile-\(size.width)x\(size.height)")
  }

  /// End scrolls a card with a long story to its quick picks, at every size.
  @Test(arguments: ScreenSnapshotTests.sizes)
  func profileSpotlightScrolledToItsEnd(size: Size) {
    let story = Array(repeating: Self.shortStory, count: 30).joined(separator: " Then: ")
    var state = spotlight(soFar: story)
    #expect(ProfileScreen.scrollLimit(state, size: size) > 0)
    TeachingScrollTests.press(.end, on: &state, size: size)
    #expect(state.profileScroll == ProfileScreen.scrollLimit(state, size: size))
    assertSnapshot(
      Render.screen(state, size: size), named: "profile-scrolled-\(size.width)x\(size.height)")
  }

  @Test func theCardScrollsByLinesAndPagesWithinItsLimitAndOpensAtItsTop() {
    var state = spotlight()
    let size = ScreenSnapshotTests.minimum
    let limit = ProfileScreen.scrollLimit(state, size: size)
    #expect(limit > 0)
    TeachingScrollTests.press(.down, on: &state, size: size)
    #expect(state.profileScroll == limit)
    TeachingScrollTests.press(.home, on: &state, size: size)
    #expect(state.profileScroll == 0)
    state.play([.profile(.scrolled(by: 2, limit: limit)), .mapRequested, .profile(.shown)])
    #expect(state.profileScroll == 0)
    #expect(ProfileScreen.scrollLimit(state, size: ScreenSnapshotTests.large) == 0)
  }

  @Test(arguments: ScreenSnapshotTests.sizes)
  func emptyProfileSaysHowToFillItIn(size: Size) {
    var state = state()
    state.play([.profile(.shown)])
    assertSnapshot(
      Render.screen(state, size: size), named: "profile-empty-\(size.width)x\(size.height)")
  }

  @Test func stepTwoTellsAnEarlyCareerPhysicianWhy() {
    let state = state(
      answers: [ShippedCourse.key("profile", "years"): .number(2)],
      place: .prompt(ShippedCourse.key("early-career", "measure")))
    assertSnapshot(Render.screen(state, size: Self.small), named: "prompt-early-career-80x24")
  }
}
