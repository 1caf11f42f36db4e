import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

/// Issue 13's archive fuzzer: random mutations of a valid archive (numbers at their limits,
/// wrong kinds, missing and extra fields, reordered and renumbered revisions, unsafe text)
/// fed to `decode` and, when admitted, to the import. Every mutant is refused in one line
/// or imported without trapping, and what was imported exports, imports and exports again
/// to the same bytes. Reordering the answers alone must change nothing at all.
@Suite struct ArchiveFuzzTests {
  /// Mutants per seed: 60 in `make test`; `make soak` sets `LEVERAGE_SOAK_ARCHIVES`.
  static let mutants =
    ProcessInfo.processInfo.environment["LEVERAGE_SOAK_ARCHIVES"].flatMap { Int($0) } ?? 60

  let scratch = ScratchFolder()

  /// The export of the fixture journal with an offer, as a JSON tree.
  private func baseline() throws -> (json: String, tree: FuzzJSON) {
    let store = try ExportFixture.journal(
      at: scratch.url.appendingPathComponent("base.sqlite").path)
    let stamp = Date(timeIntervalSince1970: 1_772_355_600)
    let offer = try store.addOffer(name: "Clinic", at: stamp)
    _ = try store.setEntry(
      .money(cents: 30_000_000, isEstimate: false), line: .salary, ofOffer: offer.id, at: stamp)
    _ = try store.setEntry(
      .number(3, isEstimate: true), line: .clawbackYears, ofOffer: offer.id, at: stamp)
    let json = try store.archive().encoded()
    return (json, try JSONDecoder().decode(FuzzJSON.self, from: Data(json.utf8)))
  }

  @Test(arguments: [1, 2, 3])
  func mutatedArchivesAreRefusedInOneLineOrImportedAndRoundTrip(seed: UInt64) throws {
    let (baseJSON, base) = try baseline()
    var random = SeededRandom(seed: seed)
    var refused = 0
    var imported = 0
    for round in 0..<Self.mutants {
      var mutant = base
      let steps = 1 + Int(random.next() % 3)
      let kinds = (0..<steps).map { _ in
        Mutation.allCases[Int(random.next() % UInt64(Mutation.allCases.count))]
      }
      for kind in kinds { mutant = kind.apply(to: mutant, random: &random) }
      let data = try mutant.encoded()
      let archive: JournalArchive
      do {
        archive = try JournalArchive.decode(data, source: "fuzz.json", course: ExportFixture.course)
      } catch {
        refused += 1
        #expect(!error.message.contains("\n"), "round \(round) \(kinds): \(error.message)")
        #expect(error.message.hasPrefix("fuzz.json "), "round \(round) \(kinds)")
        continue
      }
      imported += 1
      let exported = try roundTrip(archive, name: "s\(seed)-\(round)")
      if kinds.allSatisfy({ $0 == .shuffleAnswers }) {
        #expect(exported == baseJSON, "round \(round): reordering changed the journal")
      }
    }
    print("soak-figure: fuzzed archives refused in one line (seed \(seed)) | \(refused)")
    print(
      "soak-figure: fuzzed archives imported, exported and round-tripped byte for byte (seed \(seed)) | \(imported)"
    )
  }

  /// Imports into an empty journal, checks what every document is built from, and returns
  /// the export, which must import into another empty journal and export the same again.
  private func roundTrip(_ archive: JournalArchive, name: String) throws -> String {
    let store = try JournalStore.open(
      path: scratch.url.appendingPathComponent("\(name)-a.sqlite").path)
    _ = try store.importArchive(archive)
    let course = ExportFixture.course
    for format in [ExportFormat.markdown, .html, .json, .brief] {
      _ = try SummaryExport.contents(format, store: store, course: course, date: ExportFixture.date)
    }
    _ = OfferComparison(offers: try store.offers(), horizonYears: 3).rows
    for key in course.promptKeys {
      let live = try store.revisions(of: key)
      guard let latest = try store.latestAnswers(of: [key]).first else {
        #expect(live.isEmpty)
        continue
      }
      #expect(latest.createdAt == live.map(\.createdAt).max(), "\(key): latest is not the newest")
      #expect(live.map(\.revision) == live.map(\.revision).sorted())
    }
    let exported = try store.archive().encoded()
    let again = try JSONDecoder().decode(JournalArchive.self, from: Data(exported.utf8))
    let empty = try JournalStore.open(
      path: scratch.url.appendingPathComponent("\(name)-b.sqlite").path)
    _ = try empty.importArchive(
      try JournalArchive.decode(Data(exported.utf8), source: "again.json", course: course))
    #expect(try empty.archive().encoded() == exported)
    #expect(again.answers.count == archive.answers.count)
    return exported
  }
}

/// The ways a mutant differs from the valid archive.
enum Mutation: CaseIterable {
  case numberAtLimit, wrongKind, missingField, extraField, shuffleAnswers, renumberRevisions
  case otherType, unsafeText, oddTime

  func apply(to tree: FuzzJSON, random: inout SeededRandom) -> FuzzJSON {
    switch self {
    case .shuffleAnswers:
      return tree.updating(["answers"]) { answers in
        guard case .array(var items) = answers else { return answers }
        items.shuffle(using: &random)
        return .array(items)
      }
    case .renumberRevisions:
      let limits: [Int64] = [1, 2, 7, .max, 0, -1]
      return tree.updating(["answers"]) { answers in
        guard case .array(let items) = answers else { return answers }
        return .array(
          items.map { item in
            item.setting("revision", to: .int(limits[Int(random.next() % UInt64(limits.count))]))
          })
      }
    default:
      let paths = tree.paths()
      guard !paths.isEmpty else { return tree }
      let path = paths[Int(random.next() % UInt64(paths.count))]
      return tree.updating(path) { leaf in mutate(leaf, random: &random) }
    }
  }

  private func mutate(_ leaf: FuzzJSON, random: inout SeededRandom) -> FuzzJSON {
    func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
    switch self {
    case .numberAtLimit:
      return pick([
        .int(.max), .int(.min), .int(-1), .int(0), .unsigned(.max), .double(1e308), .double(-1e308),
        .double(0.5), .int(99), .int(9_007_199_254_740_993),
      ])
    case .wrongKind:
      return pick([.string("x"), .null, .bool(true), .array([]), .object([:]), .int(1)])
    case .missingField:
      guard case .object(var fields) = leaf, !fields.isEmpty else { return .null }
      fields[pick(fields.keys.sorted())] = nil
      return .object(fields)
    case .extraField:
      guard case .object(var fields) = leaf else { return leaf }
      fields["extra\(random.next() % 4)"] = pick([.string("surplus"), .int(.max), .null])
      return .object(fields)
    case .otherType:
      return pick([
        .string("hologram"), .string("money"), .string("scale"), .string("choice"), .string("text"),
        .string("date"), .string(""),
      ])
    case .unsafeText:
      return .string(
        pick(["\u{9B}31m", "a\u{202E}b", "\u{2066}x\u{7F}", "\u{1B}]0;t\u{7}", "", "   ", "\n"]))
    case .oddTime:
      return .string(
        pick([
          "0001-01-03T09:00:00.000Z", "2999-12-31T23:59:59.999Z", "2026-02-30T09:00:00.000Z",
          "1999-12-31T23:59:59.999Z", "2026-03-01T09:00:00Z", "0001-01-03",
        ]))
    case .shuffleAnswers, .renumberRevisions:
      return leaf
    }
  }
}

/// JSON as a tree the fuzzer can walk and rewrite, with 64-bit integers kept exact.
indirect enum FuzzJSON: Codable, Equatable {
  case null, bool(Bool), int(Int64), unsigned(UInt64), double(Double), string(String)
  case array([FuzzJSON]), object([String: FuzzJSON])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([FuzzJSON].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: FuzzJSON].self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .int(let value): try container.encode(value)
    case .unsigned(let value): try container.encode(value)
    case .double(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(self)
  }

  /// Every path to a value, objects' keys and arrays' indexes as strings.
  func paths(prefix: [String] = []) -> [[String]] {
    switch self {
    case .array(let items):
      [prefix] + items.enumerated().flatMap { $1.paths(prefix: prefix + [String($0)]) }
    case .object(let fields):
      [prefix] + fields.keys.sorted().flatMap { fields[$0]?.paths(prefix: prefix + [$0]) ?? [] }
    default:
      [prefix]
    }
  }

  func updating(_ path: [String], _ change: (FuzzJSON) -> FuzzJSON) -> FuzzJSON {
    guard let head = path.first else { return change(self) }
    let rest = Array(path.dropFirst())
    switch self {
    case .array(var items):
      guard let index = Int(head), items.indices.contains(index) else { return self }
      items[index] = items[index].updating(rest, change)
      return .array(items)
    case .object(var fields):
      guard let field = fields[head] else { return self }
      fields[head] = field.updating(rest, change)
      return .object(fields)
    default:
      return self
    }
  }

  func setting(_ key: String, to value: FuzzJSON) -> FuzzJSON {
    guard case .object(var fields) = self else { return self }
    fields[key] = value
    return .object(fields)
  }
}
