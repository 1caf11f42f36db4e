import Foundation
import LeverageCore
import PlainText

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
    return try TerminalSafeJSON.encode(body)
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
