import CNcurses
import PlainText
import TerminalUI

/// Reads `get_wch` and turns what it returns into the app's events: function keys, control
/// keys, Alt sequences, bracketed pastes. Anything it does not understand is dropped rather
/// than typed into the user's text.
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

  /// Binds the sequences to recognise; call once curses has started with `keypad` on.
  init() {
    pasteStart = Self.bind("\u{1B}[200~", fallback: Self.pasteStartCode)
    pasteEnd = Self.bind("\u{1B}[201~", fallback: Self.pasteEndCode)
    let named: [(String, Key)] = [
      ("kLFT5", .wordLeft), ("kRIT5", .wordRight), ("kLFT3", .wordLeft), ("kRIT3", .wordRight),
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
    ]
    for (offset, (sequence, key)) in xterm.enumerated() {
      let code = Self.bind(sequence, fallback: Self.firstExtraCode + Int32(offset))
      if extraKeys[code] == nil { extraKeys[code] = key }
    }
  }

  /// One decoded event within `timeoutMilliseconds`, or `nil` when nothing usable came.
  func next(timeoutMilliseconds: Int32) -> InputEvent? {
    guard let raw = read(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
    switch raw {
    case .function(let code): return function(code)
    case .character(let value): return character(value).map(InputEvent.key)
    }
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
  /// control characters dropped.
  private func collectPaste() -> Key {
    var text = String.UnicodeScalarView()
    var bytes = 0
    while let raw = read(timeoutMilliseconds: Self.pasteStallMilliseconds) {
      switch raw {
      case .function(let code):
        if code == pasteEnd { return .paste(String(text)) }
      case .character(27):
        if case .character(0x5B)? = read(timeoutMilliseconds: 0),
          controlSequence() == "201~"
        {
          return .paste(String(text))
        }
      case .character(let value):
        // Line ends stay as pasted (CR, LF or CRLF); the editor turns each into one newline.
        guard let scalar = Unicode.Scalar(value),
          scalar == "\n" || scalar == "\r" || scalar == "\t" || !PlainText.isUnsafe(scalar)
        else { continue }
        let length = UTF8.width(scalar)
        guard bytes + length <= Self.pasteLimit else { continue }
        bytes += length
        text.append(scalar)
      }
    }
    return .paste(String(text))
  }
}
