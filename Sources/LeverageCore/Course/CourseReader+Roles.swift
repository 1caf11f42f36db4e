extension CourseReader {
  /// The roles units take, checked across the course once every unit is read: the spotlight
  /// reads one profile, which is no step of the course, and the early-career note needs the
  /// profile's years in practice.
  func checkRoles(_ course: Course) {
    var profileUnitID: String?
    for part in course.parts {
      for unit in part.units where unit.profile != nil {
        let location = "unit \"\(unit.id)\""
        if let first = profileUnitID {
          log.add(
            location: location, field: "profile",
            "is declared by unit \"\(first)\" already; a course has one profile, so remove one")
        } else {
          profileUnitID = unit.id
        }
        if part.numbered {
          log.add(
            location: location, field: "profile",
            "must sit in a part with \"numbered\": false; the profile is no step of the course")
        }
      }
    }
    guard course.profileUnit?.inputs.yearsInPractice == nil else { return }
    for unit in course.units where unit.earlyCareerNote != nil {
      log.add(
        location: "unit \"\(unit.id)\"", field: "earlyCareerNote",
        "needs the years in practice: name a number prompt in the profile unit's "
          + "\"profile.yearsInPractice\"")
    }
  }
}
