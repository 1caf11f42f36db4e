import ArgumentParser
import LeverageCore

/// `leverage offers [--horizon N] [--json]`: the offers side by side, as in the coach.
struct OffersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "offers", abstract: "Compare your offers' total value per year.",
    discussion: """
      Examples:
        leverage offers --horizon 5
        leverage offers --json
      """)

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
    let store = try journalOptions.openExisting()
    let offers: [Offer]
    let ladder: OfferLadder?
    do {
      offers = try store.offers()
      ladder = OfferLadder(
        course: course, answers: try store.latestAnswerValues(of: course), offers: offers)
    } catch {
      throw UserError(message: error.message)
    }
    let comparison = OfferComparison(offers: offers, horizonYears: horizon)
    if json {
      Output.line(try OffersJSON.encode(comparison))
    } else if offers.isEmpty {
      Output.line("No offers yet: press o on the course map to add one.")
    } else {
      Output.paged(OffersText.lines(comparison, ladder: ladder).map { $0 + "\n" }.joined())
    }
  }
}
