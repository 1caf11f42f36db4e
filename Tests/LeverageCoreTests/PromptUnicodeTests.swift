import Foundation
import Testing

@testable import LeverageCore

@Suite struct PromptUnicodeTests {
  static let samples = [
    "Réduire l'attente 🩺👩🏽‍⚕️",
    "e\u{301}cole vs \u{E9}cole",
    "診療時間を短縮する",
    "응급실 🇰🇷 and 🏳️‍🌈",
    "a\u{300}\u{301}\u{302} stacked marks",
    "zero\u{200B}width\u{200D}joiners",
    "right\u{200F}to left عربى",
    "line one\r\nline two\n\ttabbed",
  ]

  @Test(arguments: samples)
  func textIsStoredByteForByte(sample: String) throws {
    let result = PromptFixture.validate(.text(sample), .text(minLength: 1))
    guard case .success(.text(let stored)?) = result else {
      Issue.record("not accepted: \(result)")
      return
    }
    // String == compares canonically, so "é" would equal "e\u{301}": compare the bytes.
    #expect(Array(stored.utf8) == Array(sample.utf8))
  }

  @Test(arguments: samples)
  func jsonKeepsTheBytes(sample: String) throws {
    let answers: [AnswerValue] = [
      .text(sample), .list([sample, sample]), .choice(selected: [sample], other: sample),
      .template([TemplateFill(blank: "b", text: sample)]),
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    for answer in answers {
      let data = try encoder.encode(answer)
      let decoded = try JSONDecoder().decode(AnswerValue.self, from: data)
      #expect(Array(decoded.searchText.utf8) == Array(answer.searchText.utf8))
      #expect(Array(try encoder.encode(decoded)) == Array(data))
    }
  }

  /// Timing is left to benchmarks; a slow path here shows as a slow suite.
  @Test func aMegabyteOfTextValidates() {
    let line = String(repeating: "abcdé漢🩺 ", count: 8) + "\n"
    let text = String(repeating: line, count: 1_048_576 / line.utf8.count + 1)
    #expect(text.utf8.count > 1_000_000)
    let result = PromptFixture.validate(.text(text), .text(minLength: 50))
    #expect(result == .success(.text(String(text.dropLast()))))
  }
}
