import CNcurses
import PlainText
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `get_wch` and turns what it returns into the app's events: function keys, control
/// keys, Alt sequences, bracketed pastes, clicks and the wheel. Anything it does not
/// understand is dropped rather than typed into the user's text.
final class KeyReader {
  /// The longest paste kept; the rest is read and dropped so it cannot flood the app.
  static let pasteLimit = 1 << 20
  /// A paste that goes quiet this long without its end marker is taken as finished.
  private static let pasteStallMilliseconds: Int32 = 1000

  private enum Raw {
    case character(UInt32)
    case function(Int32)
  }

  /// Key codes for sequences ncurses does not know by name, chosen far above the codes it
  /// hands out for terminfo's extended keys.
  private static let pasteStartCode: Int32 = 0x6000
  private static let pasteEndCode: Int32 = 0x6001
  private static let firstExtraCode: Int32 = 0x6002

  private var pasteStart = pasteStartCode
  private var pasteEnd = pasteEndCode
  private var extraKeys: [Int32: Key] = [:]
  private var pendingMouse: [InputEvent] = []

  /// Binds the sequences to recognise and, with `mouse`, asks the terminal to report the
  /// left button and the wheel; call once curses has started with `keypad` on.
  init(mouse: Bool) {
    if mouse { Self.reportMouse() }
    pasteStart = Self.bind("\u{1B}[200~", fallback: Self.pasteStartCode)
    pasteEnd = Self.bind("\u{1B}[201~", fallback: Self.pasteEndCode)
    let named: [(String, Key)] = [
      ("kLFT5", .wordLeft), ("kRIT5", .wordRight), ("kLFT3", .wordLeft), ("kRIT3", .wordRight),
      ("kUP3", .altUp), ("kDN3", .altDown),
    ]
    for (name, key) in named {
      guard let sequence = cn_tigetstr(name) else { continue }
      let code = key_defined(sequence)
      if code > 0 { extraKeys[code] = key }
    }
    // xterm's sequences, for terminfo entries that lack the extended names.
    let xterm: [(String, Key)] = [
      ("\u{1B}[1;5D", .wordLeft), ("\u{1B}[1;5C", .wordRight),
      ("\u{1B}[1;3D", .wordLeft), ("\u{1B}[1;3C", .wordRight),
      ("\u{1B}[1;2A", .shiftUp), ("\u{1B}[1;2B", .shiftDown),
      ("\u{1B}[1;3A", .altUp), ("\u{1B}[1;3B", .altDown),
    ]
    for (offset, (sequence, key)) in xterm.enumerated() {
      let code = Self.bind(sequence, fallback: Self.firstExtraCode + Int32(offset))
      if extraKeys[code] == nil { extraKeys[code] = key }
    }
  }

  /// One decoded event within `timeoutMilliseconds`, or `nil` when nothing usable came.
  func next(timeoutMilliseconds: Int32) -> InputEvent? {
    if !pendingMouse.isEmpty { return pendingMouse.removeFirst() }
    guard let raw = read(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
    switch raw {
    case .function(let code): return function(code)
    case .character(let value): return character(value).map(InputEvent.key)
    }
  }

  /// Presses, releases and the wheel, never motion. Each press is reported at once
  /// (`mouseinterval(0)`): no wait to tell a click from a double click. A terminal without
  /// a mouse refuses the mask, and nothing changes.
  private static func reportMouse() {
    mouseinterval(0)
    let buttons =
      cn_button1_pressed() | cn_button1_released() | cn_button4_pressed() | cn_button5_pressed()
    mousemask(buttons, nil)
  }

  /// The mouse's reports, oldest first. Reports that arrive together (a press and its
  /// release, notches of the wheel) come with one `KEY_MOUSE`, and `getmouse` gives the
  /// newest first: all are read at once, and those after the first wait in `pendingMouse`.
  private func mouse() -> InputEvent? {
    var events: [InputEvent] = []
    var report = MEVENT()
    while events.count < Self.mouseReportLimit, getmouse(&report) == OK {
      if let event = Self.event(of: report) { events.insert(event, at: 0) }
    }
    pendingMouse += events.dropFirst()
    return events.first
  }

  /// More than ncurses queues at once, so the loop above always ends.
  private static let mouseReportLimit = 16

  /// A press of the left button or a notch of the wheel; a release is dropped.
  private static func event(of report: MEVENT) -> InputEvent? {
    if report.bstate & cn_button1_pressed() != 0 {
      return .key(.click(Point(x: Int(report.x), y: Int(report.y))))
    }
    if report.bstate & cn_button4_pressed() != 0 { return .key(.wheelUp) }
    if report.bstate & cn_button5_pressed() != 0 { return .key(.wheelDown) }
    return nil
  }

  private static func bind(_ sequence: String, fallback: Int32) -> Int32 {
    let existing = key_defined(sequence)
    if existing > 0 { return existing }
    define_key(sequence, fallback)
    return fallback
  }

  private func read(timeoutMilliseconds: Int32) -> Raw? {
    let window = cn_stdscr()
    wtimeout(window, timeoutMilliseconds)
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case KEY_CODE_YES: return .function(Int32(bitPattern: value))
    case OK: return .character(value)
    default: return nil
    }
  }

  private func function(_ code: Int32) -> InputEvent? {
    if code == KEY_RESIZE {
      return .resize(Size(width: Int(cn_cols()), height: Int(cn_lines())))
    }
    if code == pasteStart { return .key(collectPaste()) }
    if code == KEY_MOUSE { return mouse() }
    if let key = extraKeys[code] ?? Self.functionKeys[code] { return .key(key) }
    let number = code - cn_key_f(0)
    return (1...63).contains(number) ? .key(.function(Int(number))) : nil
  }

  private static let functionKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
    KEY_DC: .delete, KEY_BACKSPACE: .backspace, KEY_BTAB: .backTab, KEY_ENTER: .enter,
    KEY_SR: .shiftUp, KEY_SF: .shiftDown,
  ]

  private func character(_ value: UInt32) -> Key? {
    switch value {
    case 8, 127: return .backspace
    case 9: return .tab
    // With `nonl()`, Enter arrives as CR and Ctrl-J as LF, so the two can differ.
    case 13: return .enter
    case 10: return .control("j")
    case 27: return escape()
    case 1...26:
      return Unicode.Scalar(96 + value).map { .control(Character($0)) }
    default:
      guard let scalar = Unicode.Scalar(value), !PlainText.isUnsafe(scalar) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Esc alone, or the start of a sequence the keypad did not recognise. ncurses has
  /// already waited ESCDELAY, so whatever follows at once belongs to the sequence.
  private func escape() -> Key? {
    guard let next = read(timeoutMilliseconds: 0) else { return .escape }
    switch next {
    // Esc Esc, pressed together, is one "get out": dropped as an unknown sequence, it left
    // the user on the prompt, typing the map's keys into the answer.
    case .character(0x1B): return .escape
    case .character(0x62): return .wordLeft
    case .character(0x66): return .wordRight
    case .character(0x5B), .character(0x4F):
      return controlSequence() == "200~" ? collectPaste() : nil
    default: return nil
    }
  }

  /// Reads the rest of a control sequence (parameters and final byte) and returns it.
  private func controlSequence() -> String {
    var sequence = String.UnicodeScalarView()
    while case .character(let value)? = read(timeoutMilliseconds: 0),
      let scalar = Unicode.Scalar(value)
    {
      sequence.append(scalar)
      if (0x40...0x7E).contains(value) || sequence.count > 16 { break }
    }
    return String(sequence)
  }

  /// The text between the bracketed-paste markers, with line breaks and tabs kept and other
  /// control characters dropped. Read straight from the terminal in blocks: through
  /// `get_wch` every byte costs a poll and a read, 8 s for a megabyte. ncurses holds nothing
  /// back at this point: it reads the start marker a byte at a time and stops at its end.
  private func collectPaste() -> Key {
    var paste = PasteBytes(limit: Self.pasteLimit)
    var block = [UInt8](repeating: 0, count: 1 << 16)
    while Self.waitForInput(milliseconds: Self.pasteStallMilliseconds) {
      let count = readStandardInput(into: &block)
      guard count > 0 else { break }
      if let rest = paste.append(block[..<count]) {
        giveBack(rest)
        break
      }
    }
    return .paste(paste.text)
  }

  private static func waitForInput(milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, milliseconds) > 0
  }

  /// Hands what came after the paste (keys typed at once) back to ncurses, to be read as
  /// usual. Its queue holds about a line: more than that would be lost, and is dropped here.
  private func giveBack(_ bytes: ArraySlice<UInt8>) {
    for byte in bytes.prefix(Self.giveBackLimit).reversed() {
      ungetch(Int32(byte))
    }
  }

  private static let giveBackLimit = 128
}

/// At file scope, where `read` is the system's and not `KeyReader.read`.
private func readStandardInput(into buffer: inout [UInt8]) -> Int {
  read(STDIN_FILENO, &buffer, buffer.count)
}

/// The bytes of a bracketed paste as they arrive in blocks, up to its end marker (which may
/// be split between two blocks), keeping at most `limit` bytes.
struct PasteBytes {
  private static let endMarker = Array("\u{1B}[201~".utf8)

  private let limit: Int
  private var kept: [UInt8] = []
  /// The last bytes read, too few to rule out the start of an end marker.
  private var pending: [UInt8] = []

  init(limit: Int) {
    self.limit = limit
  }

  /// Adds a block; returns what followed the end marker once it is found.
  mutating func append(_ block: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    pending += block
    let marker = Self.endMarker
    if let end = Self.firstIndex(of: marker, in: pending) {
      keep(pending[..<end])
      return pending[(end + marker.count)...]
    }
    let safe = max(0, pending.count - (marker.count - 1))
    keep(pending[..<safe])
    pending.removeFirst(safe)
    return nil
  }

  /// The pasted text: invalid UTF-8 dropped, line breaks (CR, LF or CRLF, as pasted; the
  /// editor makes each one newline) and tabs kept, other unsafe characters dropped.
  var text: String {
    var scalars = String.UnicodeScalarView()
    var iterator = kept.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" || scalar == "\r" || scalar == "\t" || !PlainText.isUnsafe(scalar) {
          scalars.append(scalar)
        }
      case .error: continue
      case .emptyInput: return String(scalars)
      }
    }
  }

  private mutating func keep(_ bytes: ArraySlice<UInt8>) {
    kept += bytes.prefix(max(0, limit - kept.count))
  }

  private static func firstIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= marker.count else { return nil }
    var index = bytes.startIndex
    while let start = bytes[index...].firstIndex(of: marker[0]) {
      guard start + marker.count <= bytes.count else { return nil }
      if bytes[start..<(start + marker.count)].elementsEqual(marker) { return start }
      index = start + 1
    }
    return nil
  }
}
