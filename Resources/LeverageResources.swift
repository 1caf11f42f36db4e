import Foundation

/// Finds the course file shipped with the app.
public enum CourseResource {
  /// `make install` puts the course in `PREFIX/share/leverage/` beside `PREFIX/bin/leverage`;
  /// a build run from `.build/` finds it in its resource bundle. The installed copy is looked
  /// for first, since the bundle's build folder may be long gone.
  public static var defaultCourseURL: URL? {
    if let installed = installedCourseURL { return installed }
    return Bundle.module.url(forResource: "course", withExtension: "json")
  }

  private static var installedCourseURL: URL? {
    guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else {
      return nil
    }
    let url = executable.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/leverage/course.json")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }
}
