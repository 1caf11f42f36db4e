import PlainText
import Testing

@testable import TerminalUI

@Suite struct DisplayWidthTests {
  /// Columns line up by width on screen, not by characters: 日本 takes four.
  @Test func paddingCountsColumnsAndNeverCuts() {
    #expect(DisplayWidth.padded("日本", to: 6) == "日本  ")
    #expect(DisplayWidth.padded("42", to: 5, .right) == "   42")
    #expect(DisplayWidth.padded("100.", to: 3, .right) == "100.")
  }

  @Test func asciiAndAccentsAreOneColumn() {
    #expect(DisplayWidth.of("a" as Character) == 1)
    #expect(DisplayWidth.of("é" as Character) == 1)
    #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
    #expect(DisplayWidth.of("Leverage") == 8)
  }

  @Test func eastAsianWideIsTwoColumns() {
    #expect(DisplayWidth.of("日" as Character) == 2)
    #expect(DisplayWidth.of("한" as Character) == 2)
    #expect(DisplayWidth.of("ｱ" as Character) == 1)
    #expect(DisplayWidth.of("日本語") == 6)
  }

  @Test func emojiSequencesAreTwoColumns() {
    #expect(DisplayWidth.of("😀" as Character) == 2)
    #expect(DisplayWidth.of("👨‍👩‍👧‍👦" as Character) == 2)
    #expect(DisplayWidth.of("🇫🇷" as Character) == 2)
    #expect(DisplayWidth.of("1️⃣" as Character) == 2)
    #expect(DisplayWidth.of("👍🏽" as Character) == 2)
    #expect(DisplayWidth.of("❤️" as Character) == 2)
    #expect(DisplayWidth.of("❤" as Character) == 1)
  }

  @Test func invisibleCharactersTakeNoColumn() {
    #expect(DisplayWidth.of("\u{301}" as Character) == 0)
    #expect(DisplayWidth.of("\u{200B}" as Character) == 0)
    #expect(DisplayWidth.of("\u{FE0F}" as Character) == 0)
  }

  @Test func controlCharactersCountAsTheirStandIn() {
    #expect(DisplayWidth.of("\u{1B}" as Character) == 1)
    #expect(DisplayWidth.of("\t" as Character) == 1)
  }
}

@Suite struct InertTests {
  @Test func escapeBecomesAVisibleStandIn() {
    #expect(Inert.visible("\u{1B}" as Character) == "␛")
    #expect(Inert.visible("\u{7F}" as Character) == "␡")
    #expect(Inert.visible("\u{202E}" as Character) == "\u{FFFD}")
    #expect(Inert.visible("\u{9B}" as Character) == "\u{FFFD}")
    #expect(Inert.visible("a" as Character) == "a")
  }

  @Test func oscTitleSequenceCannotReachTheTerminal() {
    let shown = Inert.visible("\u{1B}]0;pwned\u{7}ok")
    #expect(shown == "␛]0;pwned␇ok")
    #expect(!shown.unicodeScalars.contains { PlainText.isUnsafe($0) })
  }

  @Test func sanitizeKeepsTabAndNewlineOnly() {
    let text = "a\tb\nc\u{1B}[31md\u{202E}e\u{7F}\u{85}\r"
    #expect(PlainText.sanitized(text) == "a\tb\nc[31mde")
    #expect(PlainText.sanitized("café 日本 👍🏽") == "café 日本 👍🏽")
  }
}
