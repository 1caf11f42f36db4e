import CoachTestKit
import Foundation
import Testing

@testable import LeverageCore
@testable import LeverageJournal

@Suite struct JournalConcurrencyTests {
  @Test func twoOpensOfANewJournalAtOnceBothSucceed() throws {
    for _ in 0..<10 {
      let scratch = ScratchFolder()
      let results = ResultBox()
      DispatchQueue.concurrentPerform(iterations: 4) { _ in
        do {
          _ = try JournalStore.open(path: scratch.path)
          results.add(nil)
        } catch {
          results.add(String(describing: error))
        }
      }
      #expect(results.values == [nil, nil, nil, nil])
    }
  }
}

/// Collects what concurrent opens report.
private final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String?] = []

  func add(_ value: String?) {
    lock.withLock { stored.append(value) }
  }

  var values: [String?] { lock.withLock { stored } }
}
