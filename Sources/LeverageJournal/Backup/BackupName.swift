import LeverageCore

/// The file names in a journal's backup folder: `journal-2026-12-03.sqlite` for the day's
/// copy, `journal-2026-12-03-130501.sqlite` for the copy a restore makes first (several a
/// day must not replace one another), and `.tmp-PID-RANDOM-…` while one is being written.
public struct BackupName: Equatable, Sendable {
  public let day: CalendarDate
  /// `HHMMSS` for a copy made before a restore; nil for the day's copy.
  public let time: String?

  public init(day: CalendarDate, time: String? = nil) {
    self.day = day
    self.time = time
  }

  public func fileName(base: String) -> String {
    let stamp = [day.iso, time].compactMap { $0 }.joined(separator: "-")
    return "\(base)-\(stamp)\(Self.suffix)"
  }

  /// The name of a backup of the journal `base`, or nil for any other file.
  public static func parse(_ fileName: String, base: String) -> BackupName? {
    let prefix = base + "-"
    guard fileName.hasPrefix(prefix), fileName.hasSuffix(suffix) else { return nil }
    let stamp = fileName.dropFirst(prefix.count).dropLast(suffix.count)
    let parts = stamp.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3 || parts.count == 4,
      let year = number(parts[0], digits: 4), let month = number(parts[1], digits: 2),
      let day = number(parts[2], digits: 2), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let time = parts.count == 4 ? parts[3] : nil
    if let time, number(time, digits: 6) == nil { return nil }
    return BackupName(
      day: CalendarDate(year: year, month: month, day: day), time: time.map(String.init))
  }

  /// What every temporary file starts with, so the next backup can find a killed one's.
  public static let temporaryPrefix = ".tmp-"

  static let suffix = ".sqlite"

  private static func number(_ text: Substring, digits: Int) -> Int? {
    guard text.count == digits, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text)
  }
}
