import Foundation

/// The action items screen: the items, the day due dates are measured from, and what the
/// user is doing to them.
public struct ActionItemsState: Equatable, Sendable {
  /// The one-line field open on the screen, and what Enter will do with it.
  public enum Field: Equatable, Sendable {
    case newTitle
    case title(id: Int64)
    case dueDate(id: Int64)
  }

  /// In `ActionItemsDigest.ordered` order.
  public internal(set) var items: [ActionItem] = []
  /// Set from the clock when the app starts, so no rule here reads the real date.
  public internal(set) var today = CalendarDate(year: 1970, month: 1, day: 1)
  public internal(set) var selection = 0
  public internal(set) var field: Field?
  public internal(set) var buffer = TextBuffer(multiline: false)
  /// The item waiting for the user to confirm its deletion.
  public internal(set) var pendingDelete: Int64?
  /// A change is being written; keys wait until it is.
  public internal(set) var awaitingSave = false

  public init() {}

  public var selected: ActionItem? {
    items.indices.contains(selection) ? items[selection] : nil
  }
}

extension CoachState {
  /// The state a run starts in, with the journal's action items, cue log and offers, and the
  /// user's today.
  public init(
    course: Course, answers: [PromptKey: AnswerValue], drafts: [PromptKey: PromptInput],
    place: CoursePlace?, actionItems: [ActionItem], today: CalendarDate,
    cueLog: [CueEntry] = [], offers: [Offer] = []
  ) {
    self.init(course: course, answers: answers, drafts: drafts, place: place)
    actions.items = ActionItemsDigest.ordered(actionItems)
    actions.today = today
    self.cueLog = cueLog
    self.offers.offers = offers
  }
}
