/// Where the user was in the course, so the next start resumes there.
public enum CoursePlace: Equatable, Sendable, Codable {
  case welcome
  case map
  case prompt(PromptKey)
}
