/// How action items stand against today: what is overdue, what is due soon, and in what
/// order to list them. Pure, so every date case is tested with a fixed day.
public enum ActionItemsDigest {
  /// "Due soon" reaches this many days ahead of today.
  public static let soonDays = 7

  public enum Standing: Equatable, Sendable {
    case done
    case undated
    case overdue(days: Int)
    case dueSoon(days: Int)
    case later(days: Int)
  }

  public static func standing(of item: ActionItem, today: CalendarDate) -> Standing {
    if item.isDone { return .done }
    guard let due = item.dueDate else { return .undated }
    let days = today.days(until: due)
    if days < 0 { return .overdue(days: -days) }
    return days <= soonDays ? .dueSoon(days: days) : .later(days: days)
  }

  /// Open items first by due date, undated after them, done ones last; ties keep the order
  /// they were added in.
  public static func ordered(_ items: [ActionItem]) -> [ActionItem] {
    items.sorted { sortKey($0) < sortKey($1) }
  }

  private static func sortKey(_ item: ActionItem) -> (Int, Int, Int, Int, Int64) {
    let rank = item.isDone ? 2 : (item.dueDate == nil ? 1 : 0)
    let due = item.dueDate ?? CalendarDate(year: 0, month: 1, day: 1)
    return (rank, due.year, due.month, due.day, item.id)
  }

  /// "overdue by 2 days", "due today", "due in 3 days"; nil for undated and done items.
  public static func dueText(of item: ActionItem, today: CalendarDate) -> String? {
    switch standing(of: item, today: today) {
    case .done, .undated: nil
    case .overdue(let days): "overdue by \(count(days, "day"))"
    case .dueSoon(let days), .later(let days): "due \(relative(days))"
    }
  }

  /// One line for the course map about what needs attention; nil when nothing does.
  public static func summary(_ items: [ActionItem], today: CalendarDate) -> String? {
    let open = ordered(items)
    let overdue = open.filter {
      if case .overdue = standing(of: $0, today: today) { true } else { false }
    }
    let soon = open.filter {
      if case .dueSoon = standing(of: $0, today: today) { true } else { false }
    }
    var parts: [String] = []
    if let first = overdue.first {
      parts.append("\(overdue.count) overdue (\(first.title))")
    }
    if let first = soon.first, let due = first.dueDate {
      let when = relative(today.days(until: due))
      parts.append(
        soon.count == 1
          ? "1 due \(when)" : "\(soon.count) due soon (first: \(first.title), \(when))")
    }
    guard !parts.isEmpty else { return nil }
    return "Action items: " + parts.joined(separator: ", ")
  }

  private static func relative(_ days: Int) -> String {
    switch days {
    case 0: "today"
    case 1: "tomorrow"
    default: "in \(days) days"
    }
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
