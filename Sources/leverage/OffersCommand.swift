import ArgumentParser
import Foundation
import LeverageCore
import PlainText
import TerminalUI

/// `leverage offers [--horizon N] [--json]`: the offers side by side, as in the coach.
struct OffersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "offers", abstract: "Compare your offers' total value per year.")

  @OptionGroup var journalOptions: JournalOptions
  @OptionGroup var courseOptions: CourseOptions
  @Option(
    name: .long,
    help: ArgumentHelp("Years you expect to stay, 1 to 10: one-off sums are spread over them."))
  var horizon = OfferComparison.defaultHorizonYears
  @Flag(name: .long, help: "Print JSON for scripts: each offer's entries, figures and the notes.")
  var json = false

  func validate() throws {
    guard OfferComparison.horizonRange.contains(horizon) else {
      throw ArgumentParser.ValidationError("--horizon takes 1 to 10 years.")
    }
  }

  func run() throws {
    let course = try courseOptions.load()
    let store = try journalOptions.open()
    let offers: [Offer]
    let ladder: OfferLadder?
    do {
      offers = try store.offers()
      let answers = try store.latestAnswers(of: course.promptKeys)
      ladder = OfferLadder(
        course: course,
        answers: Dictionary(answers.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }))
    } catch {
      throw UserError(message: error.message)
    }
    let comparison = OfferComparison(offers: offers, horizonYears: horizon)
    if json {
      Output.line(try OffersJSON.encode(comparison))
    } else if offers.isEmpty {
      Output.line("No offers yet: press o on the course map to add one.")
    } else {
      for line in OffersTable.lines(comparison, ladder: ladder) { Output.line(line) }
    }
  }
}

/// The plain-text table: labels, then one 13-column cell per offer with `*` after the
/// leader's figure and `-` where there is none, where each total falls on the ladder when
/// one is set; the notes underneath.
enum OffersTable {
  static let cellWidth = 13

  static func lines(_ comparison: OfferComparison, ladder: OfferLadder? = nil) -> [String] {
    let placed = ladder.flatMap { $0.canPlaceOffers ? comparison.ladderRow($0) : nil }
    let table = comparison.rows + (placed.map { [$0] } ?? [])
    let labelWidth = table.map { DisplayWidth.of($0.label) }.max() ?? 0
    let header =
      padded("", to: labelWidth)
      + comparison.offers.map { "  " + padded(inert($0.name), to: cellWidth) }.joined()
    let rows = table.map { row in
      let cells = row.cells.enumerated().map { index, cell in
        let text = cell.map { inert($0) + (row.leader == index ? "*" : "") } ?? "-"
        return "  " + padded(text, to: cellWidth)
      }
      return padded(row.label, to: labelWidth) + cells.joined()
    }
    let trimmed = ([header] + rows).map { String($0.reversed().drop { $0 == " " }.reversed()) }
    return trimmed + (comparison.notes.isEmpty ? [] : [""] + comparison.notes.map(inert))
  }

  /// The user's own text on one line, unable to drive the terminal.
  private static func inert(_ text: String) -> String {
    PlainText.sanitized(text).replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "\t", with: " ")
  }

  private static func padded(_ text: String, to width: Int) -> String {
    let fitted = DisplayWidth.fitted(text, width: width)
    return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
  }
}

/// The `--json` form: the horizon, each offer with its entries (tagged like the journal's)
/// and figures in cents, the table's rows with their leaders, and the notes.
enum OffersJSON {
  private struct Body: Encodable {
    var horizonYears: Int
    var offers: [OfferFigures]
    var rows: [Row]
    var notes: [String]
  }

  private struct OfferFigures: Encodable {
    var name: String
    var entries: [String: OfferEntry]
    /// Absent when the offer has no production pay, or it cannot be worked out.
    var productionPayCents: Int64?
    var bonusPerYearCents: Int64
    var bonusRepaid: Bool
    var relocationPerYearCents: Int64
    var tailPerYearCents: Int64
    var totalPerYearCents: Int64
    var missing: [String]
    var estimate: Bool
  }

  private struct Row: Encodable {
    var row: String
    var label: String
    var cells: [String?]
    /// Index into `offers`; absent when no offer leads.
    var leader: Int?
  }

  static func encode(_ comparison: OfferComparison) throws -> String {
    let offers = zip(comparison.offers, comparison.annualised).map { offer, figures in
      OfferFigures(
        name: PlainText.sanitized(offer.name),
        entries: Dictionary(uniqueKeysWithValues: offer.entries.map { ($0.rawValue, $1) }),
        productionPayCents: figures.productionPayCents,
        bonusPerYearCents: figures.bonusPerYearCents, bonusRepaid: figures.bonusIsRepaid,
        relocationPerYearCents: figures.relocationPerYearCents,
        tailPerYearCents: figures.tailPerYearCents,
        totalPerYearCents: figures.annualisedTotalCents,
        missing: figures.missingLines.map(\.rawValue), estimate: figures.isEstimate)
    }
    let rows = comparison.rows.map { row in
      Row(
        row: name(of: row.kind), label: row.label, cells: row.cells, leader: row.leader)
    }
    let body = Body(
      horizonYears: comparison.horizonYears, offers: offers, rows: rows,
      notes: comparison.notes.map(PlainText.sanitized))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(body), as: UTF8.self)
  }

  private static func name(of kind: OfferComparison.Row.Kind) -> String {
    switch kind {
    case .line(let line): line.rawValue
    case .productionPay: "productionPay"
    case .bonusPerYear: "bonusPerYear"
    case .total: "total"
    case .ladder: "ladder"
    }
  }
}
