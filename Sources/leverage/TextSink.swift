import LeverageApp

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text written as it is made, in 64 KB blocks, to standard output or a pager's pipe, so a
/// listing of the whole journal is never held in memory. Once the reader has gone (q in
/// less), `write` answers false and the maker can stop reading the journal.
struct TextSink {
  static let blockSize = 65_536

  private let descriptor: Int32
  private var buffer: [UInt8] = []
  /// False once a write failed: the reader has gone.
  private(set) var isOpen = true

  init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.blockSize)
  }

  /// Whether the reader is still there.
  @discardableResult
  mutating func write(_ text: String) -> Bool {
    guard isOpen else { return false }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.blockSize { flush() }
    return isOpen
  }

  mutating func flush() {
    guard isOpen, !buffer.isEmpty else { return }
    isOpen = buffer.withUnsafeBytes { ShellCommand.writeAll($0, to: descriptor) }
    buffer.removeAll(keepingCapacity: true)
  }
}
