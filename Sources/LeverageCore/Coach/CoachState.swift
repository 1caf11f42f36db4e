/// Everything the screens need to draw the coach, and nothing they could work out themselves.
public struct CoachState: Equatable, Sendable {
  public enum Route: Equatable, Sendable {
    case welcome
    case map
    case prompt(PromptPosition)
    case review
    /// The profile as a read-only spotlight card.
    case profile
    case actionItems
    case export
    /// Offers side by side, with their totals over a horizon.
    case offers
    /// The one-page brief, scrolled `briefScroll` lines down.
    case brief
  }

  /// The one-line message under the answer: what went wrong, or that a save went through.
  public enum Notice: Equatable, Sendable {
    case error(String)
    case info(String)
  }

  public let course: Course
  public let outline: CourseOutline
  public internal(set) var route: Route
  /// The unit highlighted on the course map.
  public internal(set) var mapSelection: Int
  /// The latest saved answer of each prompt.
  public internal(set) var answers: [PromptKey: AnswerValue]
  /// Unfinished input of prompts the user has left without submitting.
  public internal(set) var drafts: [PromptKey: PromptInput]
  /// Optional prompts the user moved past with Enter and nothing typed: done, though
  /// unanswered (`CoachState+Progress`). Answering one takes it out.
  public internal(set) var skipped: Set<PromptKey>
  public internal(set) var editor: PromptEditor?
  public internal(set) var notice: Notice?
  public internal(set) var showsHelp: Bool
  /// The editor changed since its draft was last handed to the journal.
  public internal(set) var draftIsDirty: Bool
  /// What is being written: an answer (the coach moves on once it is saved), an action
  /// item, an offer or an export.
  public internal(set) var pendingWrite: PendingWrite?
  /// "Did you mean $720,000?", waiting for y or n before a figure is saved.
  public internal(set) var figureQuestion: FigureQuestion?
  /// Where Esc on the map goes back to.
  public internal(set) var lastPosition: PromptPosition?
  /// The review screen's search, filters and window; kept while the user edits from it.
  public internal(set) var review: ReviewState?
  /// The prompt on screen was opened from the review to edit an answer: saving or leaving
  /// it goes back there.
  public internal(set) var returnsToReview: Bool
  /// The wrap-up's action items and the day their due dates are measured from.
  public internal(set) var actions = ActionItemsState()
  /// The export screen's choices while it is open.
  public internal(set) var exportForm: ExportForm?
  /// The newest debriefs' cues (`CueEntry.kept` of them), oldest first.
  public internal(set) var cueLog: [CueEntry] = []
  /// The offers screen: the journal's offers and the user's place among them.
  public internal(set) var offers = OffersState()
  /// How far the teaching above or beside the prompt is scrolled, in lines; a new prompt
  /// starts at its top.
  public internal(set) var teachingScroll = 0
  /// How far the brief screen is scrolled, in lines.
  public internal(set) var briefScroll = 0
  /// How far the keys F1 shows are scrolled, in lines; they open at their top.
  public internal(set) var helpScroll = 0
  /// How far the welcome is scrolled, in lines, on a terminal too short for it.
  public internal(set) var welcomeScroll = 0
  /// How far the profile card is scrolled, in lines; it opens at its top.
  public internal(set) var profileScroll = 0
  /// The user's day, from the app's clock: due dates, the brief's date and the cue log are
  /// measured from it, and no rule here reads the real date.
  public internal(set) var today = CalendarDate(year: 1970, month: 1, day: 1)

  /// The state a run starts in: the welcome on a fresh journal, else where the user left off.
  public init(
    course: Course, answers: [PromptKey: AnswerValue], drafts: [PromptKey: PromptInput],
    place: CoursePlace?, skipped: Set<PromptKey> = []
  ) {
    self.course = course
    self.outline = CourseOutline(course: course)
    self.route = .welcome
    self.mapSelection = outline.firstCourseUnit
    self.answers = answers
    self.drafts = drafts
    self.skipped = skipped
    self.editor = nil
    self.notice = nil
    self.showsHelp = false
    self.draftIsDirty = false
    self.pendingWrite = nil
    self.lastPosition = nil
    self.review = nil
    self.returnsToReview = false
    self.exportForm = nil
    self.figureQuestion = nil
    guard !answers.isEmpty || !drafts.isEmpty || !skipped.isEmpty else { return }
    switch place {
    case .map:
      route = .map
    case .prompt(let key):
      if let position = outline.position(of: key) {
        openPrompt(at: position)
      } else {
        openPrompt(at: firstOpenPosition())
      }
    case .welcome, nil:
      openPrompt(at: firstOpenPosition())
    }
  }

  public var currentPosition: PromptPosition? {
    if case .prompt(let position) = route { position } else { nil }
  }

  /// What the widget shows for a prompt with no draft: its saved answer, or nothing (for a
  /// ranking, the items it ranks).
  func savedInput(for key: PromptKey, kind: PromptKind) -> PromptInput {
    if startsAfresh(key) { return .empty(for: kind) }
    if let answer = answers[key] { return PromptInput(answer: answer, kind: kind) }
    if let carried = carriedInput(for: key, kind: kind) { return carried }
    if case .list(let rule) = kind, let source = rule.rankFrom,
      case .list(let items)? = answers[PromptKey(unitID: key.unitID, promptID: source)]
    {
      return .list(items)
    }
    return .empty(for: kind)
  }

  /// Each debrief is a new meeting's entry, kept beside the earlier ones as revisions: it
  /// opens empty, not with the last meeting's words. An edit from the review corrects the
  /// revision it was started from, so that one starts from its answer.
  func startsAfresh(_ key: PromptKey) -> Bool {
    guard !returnsToReview, let (unit, _) = course.debriefUnit else { return false }
    return key.unitID == unit.id
  }

  mutating func openPrompt(at position: PromptPosition) {
    let key = outline.key(at: position)
    let kind = outline.prompt(at: position).kind
    route = .prompt(position)
    mapSelection = position.unitIndex
    lastPosition = position
    teachingScroll = 0
    editor = PromptEditor(
      key: key, kind: kind, input: drafts[key] ?? savedInput(for: key, kind: kind))
    draftIsDirty = false
  }
}

/// What each route means to the rest of the coach, in one place: adding a route makes the
/// compiler ask each of these once, here, rather than in every handler.
extension CoachState.Route {
  /// A route without its payload, so tests can list every screen.
  public enum Kind: CaseIterable, Sendable {
    case welcome, map, prompt, review, profile, actionItems, export, offers, brief
  }

  public var kind: Kind {
    switch self {
    case .welcome: .welcome
    case .map: .map
    case .prompt: .prompt
    case .review: .review
    case .profile: .profile
    case .actionItems: .actionItems
    case .export: .export
    case .offers: .offers
    case .brief: .brief
    }
  }

  /// What Esc (the map key) does here.
  enum MapKey {
    /// Leave the prompt, keeping its draft, for the map or the review it came from.
    case leavePrompt
    /// Back to the prompt the user was on.
    case backToPrompt
    /// Close this screen for the map.
    case closeScreen
  }

  var mapKey: MapKey {
    switch self {
    case .prompt: .leavePrompt
    case .map: .backToPrompt
    case .welcome, .review, .profile, .actionItems, .export, .offers, .brief: .closeScreen
    }
  }

  /// What `x` exports from here, or nil where it does not: from the brief, the brief is
  /// what the user means to export.
  var exportFormat: ExportFormat? {
    switch self {
    case .map: .markdown
    case .brief: .brief
    case .welcome, .prompt, .review, .profile, .actionItems, .export, .offers: nil
    }
  }
}

extension CoachState {
  /// The state a run starts in, with the journal's action items, cue log and offers, and the
  /// user's today.
  public init(
    course: Course, answers: [PromptKey: AnswerValue], drafts: [PromptKey: PromptInput],
    place: CoursePlace?, actionItems: [ActionItem], today: CalendarDate,
    cueLog: [CueEntry] = [], offers: [Offer] = [], skipped: Set<PromptKey> = []
  ) {
    self.init(course: course, answers: answers, drafts: drafts, place: place, skipped: skipped)
    actions.items = ActionItemsDigest.ordered(actionItems)
    self.today = today
    self.cueLog = cueLog
    self.offers.offers = offers
  }
}
