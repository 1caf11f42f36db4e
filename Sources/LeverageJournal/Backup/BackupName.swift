import Foundation
import LeverageCore

/// The file names in a journal's backup folder: `journal-2026-12-03.sqlite` for the day's
/// copy, `journal-2026-12-03-130501-restore.sqlite` for the copy a restore makes first,
/// `journal-2026-12-03-130501-manual.sqlite` for one made by `leverage backup`, with `-2`,
/// `-3`... after a name already taken, and `.tmp-PID-RANDOM-…` while one is being written.
/// Older Leverage named the copy before a restore `journal-2026-12-03-130501.sqlite`.
public struct BackupName: Equatable, Sendable {
  /// Why a copy exists, which `backup list` shows and the retention rule reads.
  public enum Reason: String, Equatable, Sendable, CaseIterable {
    case daily
    case beforeRestore = "restore"
    case byHand = "manual"

    /// How `backup list` names it.
    public var label: String {
      switch self {
      case .daily: "day backup"
      case .beforeRestore: "before restore"
      case .byHand: "by hand"
      }
    }
  }

  public let day: CalendarDate
  /// `HHMMSS` for a copy made before a restore or by hand; nil for the day's copy.
  public let time: String?
  public let reason: Reason
  /// 2 and up when the plain name was taken (two restores in one second); nil otherwise.
  public let sequence: Int?

  /// The day's copy.
  public init(day: CalendarDate) {
    self.init(day: day, time: nil, reason: .daily, sequence: nil)
  }

  /// A copy made at `time` (`HHMMSS`) for `reason`.
  public init(day: CalendarDate, time: String?, reason: Reason, sequence: Int? = nil) {
    self.day = day
    self.time = time
    self.reason = reason
    self.sequence = sequence
  }

  /// The same name with the next free number, for when this one is taken.
  func next() -> BackupName {
    BackupName(day: day, time: time, reason: reason, sequence: (sequence ?? 1) + 1)
  }

  public func fileName(base: String) -> String {
    let reasonWord = reason == .daily ? nil : reason.rawValue
    let stamp = [day.iso, time, reasonWord, sequence.map(String.init)].compactMap { $0 }
      .joined(separator: "-")
    return "\(base)-\(stamp)\(Self.suffix)"
  }

  /// The name of a backup of the journal `base`, or nil for any other file.
  public static func parse(_ fileName: String, base: String) -> BackupName? {
    let prefix = base + "-"
    guard fileName.hasPrefix(prefix), fileName.hasSuffix(suffix) else { return nil }
    let stamp = fileName.dropFirst(prefix.count).dropLast(suffix.count)
    let parts = stamp.split(separator: "-", omittingEmptySubsequences: false)
    guard (3...6).contains(parts.count),
      let year = number(parts[0], digits: 4), let month = number(parts[1], digits: 2),
      let day = number(parts[2], digits: 2), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let date = CalendarDate(year: year, month: month, day: day)
    guard parts.count > 3 else { return BackupName(day: date) }
    guard number(parts[3], digits: 6) != nil else { return nil }
    let time = String(parts[3])
    // An older Leverage's copy before a restore carries the time alone.
    guard parts.count > 4 else { return BackupName(day: date, time: time, reason: .beforeRestore) }
    guard let reason = Reason(rawValue: String(parts[4])), reason != .daily else { return nil }
    guard parts.count > 5 else { return BackupName(day: date, time: time, reason: reason) }
    guard let sequence = Int(parts[5]), sequence >= 2, String(sequence) == parts[5] else {
      return nil
    }
    return BackupName(day: date, time: time, reason: reason, sequence: sequence)
  }

  /// What every temporary file starts with, so the next backup can find a killed one's.
  public static let temporaryPrefix = ".tmp-"

  static let suffix = ".sqlite"

  private static func number(_ text: Substring, digits: Int) -> Int? {
    guard text.count == digits, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text)
  }
}

extension BackupName {
  /// The name of a copy made now for `reason`, stamped with the local day and time.
  public static func stamped(_ now: Date, reason: Reason) -> BackupName {
    let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: now)
    let time = [parts.hour, parts.minute, parts.second]
      .map { String(format: "%02d", $0 ?? 0) }.joined()
    return BackupName(day: CalendarDate(now, in: .current), time: time, reason: reason)
  }
}
