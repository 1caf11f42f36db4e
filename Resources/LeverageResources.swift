import Foundation

/// Finds the course file shipped with the app.
public enum CourseResource {
  public static var defaultCourseURL: URL? {
    Bundle.module.url(forResource: "course", withExtension: "json")
  }
}
