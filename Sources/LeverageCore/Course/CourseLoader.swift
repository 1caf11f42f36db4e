import Foundation

/// Reads and checks a course file (format 1, JSON), so a broken file is refused at start
/// with every problem named, rather than failing halfway through someone's session.
public enum CourseLoader {
  public static let supportedFormat = 1

  public static func load(from url: URL) throws(CourseLoadError) -> Course {
    let fileName = url.lastPathComponent
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw fileProblem(fileName, "course file not found: \(url.path)")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw fileProblem(fileName, "could not read course file \(url.path)")
    }
    return try decode(data, fileName: fileName)
  }

  /// `fileName` is only used to name the file in problems.
  public static func decode(_ data: Data, fileName: String) throws(CourseLoadError) -> Course {
    let root = try JSONValue.parse(data, fileName: fileName)
    let log = CourseProblemLog(file: fileName)
    let course = CourseReader(log: log).course(root)
    guard log.problems.isEmpty, let course else {
      throw CourseLoadError(problems: log.problems)
    }
    return course
  }

  private static func fileProblem(_ fileName: String, _ message: String) -> CourseLoadError {
    CourseLoadError(problems: [CourseProblem(file: fileName, location: nil, message: message)])
  }
}

/// Walks the course top down. Each step returns nil when its piece is unusable; problems go
/// to the log, and the course is only handed out when the log stays empty.
struct CourseReader {
  let log: CourseProblemLog
  private let partIDs = IDRegistry()
  private let unitIDs = IDRegistry()

  init(log: CourseProblemLog) {
    self.log = log
  }

  func course(_ root: JSONValue) -> Course? {
    guard let object = CourseObjectReader.reading(root, location: "", log: log)
    else { return nil }
    let format = object.integer("format")
    if let format, format != CourseLoader.supportedFormat {
      // Later formats may mean anything; reading on would only add noise.
      object.problem("format", "must be \(CourseLoader.supportedFormat) (found \(format))")
      return nil
    }
    let title = object.string("title")
    let welcome = object.object("welcome").flatMap(readWelcome)
    let parts = object.array("parts").map { items in
      if items.isEmpty { object.problem("parts", "must have at least one part") }
      return items.enumerated().compactMap(readPart)
    }
    let units = (parts ?? []).flatMap(\.units)
    let briefObject = object.object("brief", required: false)
    let brief = briefObject.flatMap { BriefReader(object: $0).inputs(units: units) }
    let summaryPlan = object.objects("summaryPlan", required: false).map {
      SummaryPlanReader(items: $0, brief: brief, briefDeclared: briefObject != nil)
        .lines(units: units)
    }
    object.reportUnknownFields()
    guard let title, let welcome, let parts else { return nil }
    let course = Course(
      title: title, welcome: welcome, parts: parts, brief: brief, summaryPlan: summaryPlan ?? [])
    checkEarlierPrompts(course)
    checkRoles(course)
    checkRehearsal(course)
    return course
  }

  /// A `sameAs` must name a prompt the course has, and its condition a choice offering
  /// that option, or the carry-over would silently never happen.
  private func checkEarlierPrompts(_ course: Course) {
    for unit in course.units {
      for prompt in unit.prompts {
        guard let earlier = prompt.sameAs else { continue }
        let location = "unit \"\(unit.id)\", prompt \"\(prompt.id)\""
        let itself = PromptKey(unitID: unit.id, promptID: prompt.id)
        if course.prompt(earlier.key) == nil || earlier.key == itself {
          log.add(
            location: location, field: "sameAs.prompt",
            "names \"\(earlier.key.reference)\", which is not another prompt of the course")
        }
        if let (key, option) = earlier.onlyIf, !course.offers(option, in: key) {
          log.add(
            location: location, field: "sameAs.when",
            "must name a choice prompt offering \"\(option)\" (found \"\(key.reference)\")")
        }
      }
    }
  }

  private func readWelcome(_ object: CourseObjectReader) -> Welcome? {
    let title = object.string("title")
    let body = object.string("body")
    let facts = readFacts(object, location: "welcome")
    object.reportUnknownFields()
    guard let title, let body else { return nil }
    return Welcome(title: title, body: body, facts: facts)
  }

  private func readPart(index: Int, value: JSONValue) -> Part? {
    let location = "part \(index + 1)"
    guard let object = CourseObjectReader.reading(value, location: location, log: log)
    else { return nil }
    let id = identifier(object)
    if let id {
      object.location = "part \"\(id)\""
      if !partIDs.register(id) {
        object.problem("id", "must be unique across the course (\"\(id)\" is used more than once)")
      }
    }
    let title = object.string("title")
    let summary = object.string("summary")
    let numbered = object.bool("numbered", default: true)
    let units = object.array("units").map { items in
      if items.isEmpty { object.problem("units", "must have at least one unit") }
      return items.enumerated().compactMap {
        readUnit(index: $0, value: $1, partLocation: object.location)
      }
    }
    object.reportUnknownFields()
    guard let id, let title, let summary, let units else { return nil }
    return Part(id: id, title: title, summary: summary, numbered: numbered, units: units)
  }

  private func readUnit(index: Int, value: JSONValue, partLocation: String) -> Unit? {
    let location = "\(partLocation), unit \(index + 1)"
    guard let object = CourseObjectReader.reading(value, location: location, log: log)
    else { return nil }
    let id = identifier(object)
    if let id {
      object.location = "unit \"\(id)\""
      if !unitIDs.register(id) {
        object.problem("id", "must be unique across the course (\"\(id)\" is used more than once)")
      }
    }
    let title = object.string("title")
    let idea = object.string("idea")
    let example = object.string("example", required: false)
    let facts = readFacts(object, location: object.location)
    let prompts = object.array("prompts").map { items in
      if items.isEmpty { object.problem("prompts", "must have at least one prompt") }
      return readPrompts(in: items, unitLocation: object.location)
    }
    for (index, prompt) in (prompts ?? []).enumerated() {
      guard case .list(let rule) = prompt.kind, let source = rule.rankFrom else { continue }
      let earlierLists = (prompts ?? [])[..<index].filter {
        if case .list = $0.kind { true } else { false }
      }
      if !earlierLists.contains(where: { $0.id == source }) {
        object.problem(
          "prompts",
          "prompt \"\(prompt.id)\": \"rankFrom\" must name an earlier list prompt of this unit "
            + "(found \"\(source)\")")
      }
    }
    let economics = object.object("economics", required: false).flatMap {
      EconomicsReader(object: $0).inputs(prompts: prompts ?? [])
    }
    let ladder = object.object("ladder", required: false).flatMap {
      LadderReader(object: $0).inputs(prompts: prompts ?? [])
    }
    let debrief = object.object("debrief", required: false).flatMap {
      LadderReader(object: $0).debrief(prompts: prompts ?? [])
    }
    let profile = object.object("profile", required: false).flatMap {
      ProfileReader(object: $0).inputs(prompts: prompts ?? [])
    }
    let earlyCareerNote = object.object("earlyCareerNote", required: false).flatMap {
      ProfileReader(object: $0).earlyCareerNote()
    }
    let leadsToActionItems = object.bool("leadsToActionItems", default: false)
    let rehearsal = object.bool("rehearsal", default: false)
    object.reportUnknownFields()
    guard let id, let title, let idea, let prompts else { return nil }
    return Unit(
      id: id, title: title, idea: idea, example: example, facts: facts, prompts: prompts,
      economics: economics, ladder: ladder, debrief: debrief, profile: profile,
      earlyCareerNote: earlyCareerNote, leadsToActionItems: leadsToActionItems,
      rehearsal: rehearsal)
  }

  private func readPrompts(in items: [JSONValue], unitLocation: String) -> [Prompt] {
    let reader = PromptReader(log: log, ids: IDRegistry())
    return items.enumerated().compactMap { (index: Int, value: JSONValue) -> Prompt? in
      reader.prompt(
        value, location: "\(unitLocation), prompt \(index + 1)", unitLocation: unitLocation)
    }
  }

  private func readFacts(_ object: CourseObjectReader, location: String) -> [SourcedFact] {
    guard let items = object.array("facts", required: false) else { return [] }
    return items.enumerated().compactMap { (index: Int, value: JSONValue) -> SourcedFact? in
      let factLocation = "\(location), fact \(index + 1)"
      guard let fact = CourseObjectReader.reading(value, location: factLocation, log: log)
      else { return nil }
      let text = fact.string("text")
      let source = fact.string("source")
      let specialties = fact.strings("specialties", required: false) ?? []
      fact.reportUnknownFields()
      guard let text, let source else { return nil }
      return SourcedFact(text: text, source: source, specialties: SpecialtyScope(specialties))
    }
  }
}

/// Ids are journal keys, so they must be stable, plain and unique where they are used.
func identifier(_ object: CourseObjectReader) -> String? {
  guard let id = object.string("id") else { return nil }
  guard CourseIdentifier.isValid(id) else {
    object.problem("id", "must be lowercase letters, digits and hyphens (found \"\(id)\")")
    return nil
  }
  return id
}

/// Remembers ids seen so far in one scope (the course for units, a unit for prompts).
final class IDRegistry {
  private var seen: Set<String> = []

  /// False when the id was already taken.
  func register(_ id: String) -> Bool {
    seen.insert(id).inserted
  }
}
