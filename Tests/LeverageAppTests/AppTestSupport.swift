import Foundation
import LeverageCore
import LeverageResources

/// The shipped course, loaded once: screen tests show what users see.
enum ShippedCourse {
  static let course: Course = {
    guard let url = CourseResource.defaultCourseURL, let course = try? CourseLoader.load(from: url)
    else { fatalError("the shipped course must load") }
    return course
  }()

  static func key(_ unitID: String, _ promptID: String) -> PromptKey {
    PromptKey(unitID: unitID, promptID: promptID)
  }

  static func state(
    answers: [PromptKey: AnswerValue] = [:], drafts: [PromptKey: PromptInput] = [:],
    place: CoursePlace? = nil
  ) -> CoachState {
    CoachState(course: course, answers: answers, drafts: drafts, place: place)
  }
}

/// A fresh folder for a test's journal, removed by the caller.
func temporaryJournalPath() -> String {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("leverage-tests-\(UUID().uuidString)")
  return folder.appendingPathComponent("journal.sqlite").path
}
