import ArgumentParser
import Foundation
import LeverageCore
import PlainText
import TerminalUI

/// `leverage next`: open action items by due date, for a shell's start-up file. Prints
/// nothing when there are none, so a new shell stays quiet.
struct NextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next", abstract: "List open action items by due date (undated last).",
    discussion: """
      Examples:
        leverage next
        echo 'leverage next' >> ~/.bashrc
      """)

  @OptionGroup var journalOptions: JournalOptions
  /// Shared by every command; no use here (see `LeadingOptions`).
  @OptionGroup(visibility: .hidden) var courseOptions: CourseOptions

  func run() throws {
    // A shell's start-up file runs this everywhere: no journal means nothing to do yet.
    guard journalOptions.exists else { return }
    let store = try journalOptions.openExisting()
    let items: [ActionItem]
    do {
      items = try store.openActionItems()
    } catch {
      throw UserError(message: error.message)
    }
    let today = CalendarDate(Clock.now()(), in: .current)
    for item in items { Output.line(NextListing.line(for: item, today: today)) }
  }
}

/// One line per open item: the date, how it stands, the title made inert.
enum NextListing {
  static func line(for item: ActionItem, today: CalendarDate) -> String {
    let date = item.dueDate?.iso ?? "no date"
    let standing = ActionItemsDigest.dueText(of: item, today: today) ?? ""
    let title = PlainText.sanitized(item.title).replacingOccurrences(of: "\n", with: " ")
    // Two spaces after the standing whatever its length: "overdue by 46361 days" filled
    // the column and ran into the title.
    return DisplayWidth.padded(date, to: 10) + "  " + DisplayWidth.padded(standing, to: 18)
      + "  " + title
  }
}
