/// Sums of stored figures that never trap. The coach and the import keep every offer line
/// under $10,000,000, far from overflowing; a journal written before those checks (or edited
/// by hand) can hold 9223372036854775807 cents, and its totals then stop at the largest
/// amount instead of crashing every screen and command that shows them.
extension Int64 {
  func saturatingAdding(_ other: Int64) -> Int64 {
    let (sum, overflow) = addingReportingOverflow(other)
    guard overflow else { return sum }
    return other > 0 ? .max : .min
  }

  func saturatingSubtracting(_ other: Int64) -> Int64 {
    let (difference, overflow) = subtractingReportingOverflow(other)
    guard overflow else { return difference }
    return other > 0 ? .min : .max
  }

  /// `value` rounded half away from zero, or the nearest bound when it does not fit.
  init(saturating value: Double) {
    let rounded = value.rounded(.toNearestOrAwayFromZero)
    if rounded.isNaN {
      self = 0
    } else if let exact = Int64(exactly: rounded) {
      self = exact
    } else {
      self = rounded > 0 ? .max : .min
    }
  }
}
