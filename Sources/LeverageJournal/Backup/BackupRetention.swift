import Foundation
import LeverageCore

/// One backup file as the retention rule sees it.
public struct BackupCopy: Equatable, Sendable {
  public let fileName: String
  public let name: BackupName
  /// When it was written: orders the copies of one day.
  public let modified: Date

  public init(fileName: String, name: BackupName, modified: Date) {
    self.fileName = fileName
    self.name = name
    self.modified = modified
  }
}

/// Which day backups to keep: the 7 newest days' copies, then the newest copy of each of the
/// 4 newest ISO weeks (Monday to Sunday) among the older ones. The copies a restore makes
/// first and those made by hand are never deleted by the rule, only by the user: each may
/// be the one copy of the journal as it was, and a day backup is no substitute for it.
public enum BackupRetention {
  public static let dailyCopies = 7
  public static let weeklyCopies = 4

  /// The copies to delete, in no particular order.
  public static func expired(_ copies: [BackupCopy]) -> [BackupCopy] {
    let newestFirst = copies.filter { $0.name.reason == .daily }.sorted {
      ($0.name.day, $0.modified) > ($1.name.day, $1.modified)
    }
    let keptDays = Set(uniqued(newestFirst.map(\.name.day)).prefix(dailyCopies))
    let older = newestFirst.filter { !keptDays.contains($0.name.day) }
    let keptWeeks = Set(uniqued(older.map { weekStart(of: $0.name.day) }).prefix(weeklyCopies))
    var weeksSeen: Set<Int> = []
    return older.filter { copy in
      let week = weekStart(of: copy.name.day)
      // The first copy met in a kept week is its newest.
      return !keptWeeks.contains(week) || !weeksSeen.insert(week).inserted
    }
  }

  /// The day number of the Monday starting the ISO week of `day` (1970-01-01 was a Thursday).
  static func weekStart(of day: CalendarDate) -> Int {
    let number = day.dayNumber
    let daysSinceMonday = ((number + 3) % 7 + 7) % 7
    return number - daysSinceMonday
  }

  private static func uniqued<T: Hashable>(_ values: [T]) -> [T] {
    var seen: Set<T> = []
    return values.filter { seen.insert($0).inserted }
  }
}
