import Foundation
import LeverageCore

/// Small course files written inline, so each test shows the exact JSON it feeds the loader.
enum CourseFixture {
  static let salaryPrompt = """
    {"id": "salary", "question": "Your pay?", "kind": "money"}
    """

  static func unit(id: String = "economics", prompts: [String], extra: String = "") -> String {
    """
    {"id": "\(id)", "title": "A unit", "idea": "An idea.", \(extra)
     "prompts": [\(prompts.joined(separator: ",\n"))]}
    """
  }

  static func part(id: String = "build", units: [String]) -> String {
    """
    {"id": "\(id)", "title": "A part", "summary": "A summary.",
     "units": [\(units.joined(separator: ",\n"))]}
    """
  }

  static func course(parts: [String], format: String = "1") -> String {
    """
    {"format": \(format), "title": "Test course",
     "welcome": {"title": "Hello", "body": "Welcome."},
     "parts": [\(parts.joined(separator: ",\n"))]}
    """
  }

  /// A course of one unit holding the given prompts.
  static func course(prompts: [String], unitExtra: String = "") -> String {
    course(parts: [part(units: [unit(prompts: prompts, extra: unitExtra)])])
  }

  static func course(prompt: String) -> String {
    course(prompts: [prompt])
  }

  static func decode(_ json: String) throws(CourseLoadError) -> Course {
    try CourseLoader.decode(Data(json.utf8), fileName: "course.json")
  }

  /// The problems a broken file produces, one rendered line each; empty if it loads.
  static func problems(_ json: String) -> [String] {
    do {
      _ = try decode(json)
      return []
    } catch {
      return error.problems.map(\.description)
    }
  }
}
