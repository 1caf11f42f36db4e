import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct OfferEntryTests {
  private func parse(_ raw: String, _ line: OfferLine) -> Result<OfferEntry?, ValidationError> {
    OfferEntry.parse(raw, for: line)
  }

  private func message(_ raw: String, _ line: OfferLine) -> String? {
    guard case .failure(let error) = parse(raw, line) else { return nil }
    return error.message
  }

  @Test func readsMoneyNumbersAndEstimates() {
    #expect(parse("250k", .salary) == .success(.money(cents: 25_000_000, isEstimate: false)))
    #expect(parse(" ~ $12,000 ", .tailCost) == .success(.money(cents: 1_200_000, isEstimate: true)))
    #expect(parse("0", .tailCost) == .success(.money(cents: 0, isEstimate: false)))
    #expect(parse("52.50", .ratePerWRVU) == .success(.money(cents: 5_250, isEstimate: false)))
    #expect(parse("~4,200.5", .wrvus) == .success(.number(4_200.5, isEstimate: true)))
    #expect(parse("0", .clawbackYears) == .success(.number(0, isEstimate: false)))
  }

  @Test func anEmptyFieldClearsTheCell() {
    for raw in ["", "   ", "\n\t"] {
      #expect(parse(raw, .salary) == .success(nil))
      #expect(parse(raw, .nonCompete) == .success(nil))
    }
  }

  @Test func textIsKeptOnOneLineWithoutTerminalControls() {
    #expect(
      parse(" 10 miles,\n2 years\u{1B}[2J ", .nonCompete)
        == .success(.text("10 miles, 2 years[2J")))
    #expect(parse("~ all sites", .nonCompete) == .success(.text("~ all sites")))
    let long = String(repeating: "x", count: OfferEntry.maximumTextLength + 1)
    #expect(message(long, .nonCompete) == "Keep it to 80 characters (you have 81).")
  }

  @Test func refusesWhatCannotBeAFigureWithOneLineSayingWhatToType() {
    #expect(message("-5k", .salary) == "Enter zero or more: no figure here can be negative.")
    #expect(message("$-5k", .salary) == "Enter zero or more: no figure here can be negative.")
    #expect(message("~-3", .callNights) == "Enter zero or more: no figure here can be negative.")
    #expect(message("~", .salary) == "Type a figure after the ~, like ~12k.")
    #expect(message("lots", .salary) == "Enter an amount in dollars, like 250k or $250,000.")
    #expect(message("four", .wrvus) == "Enter a number of zero or more, like 4,200.")
    #expect(message("32", .callNights) == "That is more than 31 nights; check the figure.")
    #expect(message("200,000", .wrvus) == "That is more than 100,000 wRVUs; check the figure.")
    #expect(message("11m", .salary) == "That is more than $10,000,000; check the amount.")
    for line in OfferLine.allCases {
      for raw in ["-1", "~", "x"] where line.kind != .text {
        #expect((1...70).contains(message(raw, line)?.count ?? 0))
      }
    }
  }

  @Test func editTextReadsBackAsTheSameEntry() {
    let entries: [(OfferEntry, OfferLine, String, String)] = [
      (.money(cents: 1_200_000, isEstimate: true), .tailCost, "~12,000", "~$12,000"),
      (.money(cents: 25_000_050, isEstimate: false), .salary, "250,000.50", "$250,000.50"),
      (.number(4_200.5, isEstimate: false), .wrvus, "4,200.5", "4,200.5"),
      (.number(3, isEstimate: true), .clawbackYears, "~3", "~3"),
      (.text("10 miles"), .nonCompete, "10 miles", "10 miles"),
    ]
    for (entry, line, editText, display) in entries {
      #expect(entry.editText == editText)
      #expect(entry.display == display)
      #expect(parse(entry.editText, line) == .success(entry))
    }
  }

  @Test func storedJSONIsTaggedAndReadsBack() throws {
    let entry = OfferEntry.money(cents: 1_200_000, isEstimate: true)
    let json = try JournalJSON.encode(entry)
    #expect(json == #"{"cents":1200000,"estimate":true,"type":"money"}"#)
    #expect(JournalJSON.decode(OfferEntry.self, from: json) == entry)
    #expect(JournalJSON.decode(OfferEntry.self, from: #"{"type":"mood"}"#) == nil)
  }

  @Test func everyLineHasAShortLabelAndAOneLineHint() {
    for line in OfferLine.allCases {
      #expect(line.label.count <= 20)
      #expect(line.hint.count < 78)
    }
  }

  @Test func everyReferenceFigureNamesYearAndSourceAndIsNotTheEmployersRate() {
    let figures = SpecialtyFigures.table.map(SpecialtyMatch.known) + [.notGiven]
    for specialty in figures {
      for figure in OfferLine.allCases.flatMap({
        ReferenceFigure.figures(for: $0, specialty: specialty)
      }) {
        #expect(figure.line.count <= 78, "\(figure.line)")
        #expect(figure.line.contains(": \(figure.source) \(figure.year) "))
        #expect(figure.line.hasPrefix("Not this employer's "))
        #expect(!figure.caution.isEmpty)
      }
    }
    let rate = ReferenceFigure.figures(for: .ratePerWRVU, specialty: .notGiven).map(\.line)
    #expect(
      rate == [
        "Not this employer's rate: MGMA 2020 median, family medicine: $52 per wRVU",
        "Not this employer's rate: MGMA 2021 median, family medicine: $60 per wRVU",
      ])
    #expect(ReferenceFigure.figures(for: .salary, specialty: .notGiven).isEmpty)
  }

  /// Medicare pays per total RVU, a contract per wRVU: the conversion factor is never offered
  /// beside the rate, and a cath-lab cardiologist is not shown office-visit wRVUs.
  @Test func theSpecialtyChoosesTheReferenceFigures() {
    func lines(_ line: OfferLine, _ specialty: String?) -> [String] {
      ReferenceFigure.figures(for: line, specialty: SpecialtyFigures.match(specialty))
        .map(\.line)
    }
    #expect(lines(.ratePerWRVU, "Interventional cardiology").isEmpty)
    #expect(lines(.wrvus, "Interventional cardiology").isEmpty)
    #expect(
      lines(.salary, "Interventional cardiology") == [
        "Not this employer's pay: Medscape 2023 average, cardiology: $525,000"
      ])
    #expect(lines(.ratePerWRVU, "Family Medicine").count == 2)
    #expect(lines(.wrvus, "Family Medicine").count == 3)
    #expect(
      lines(.salary, "Family Medicine") == [
        "Not this employer's pay: Medscape 2023 average, family medicine: $272,000"
      ])
    #expect(lines(.salary, "Neurosurgery").isEmpty)
    #expect(lines(.ratePerWRVU, "Astrology").isEmpty)
  }
}
