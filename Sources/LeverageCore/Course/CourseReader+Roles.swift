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

extension CourseReader {
  /// One rehearsal unit at most, whose every prompt is a pushback answered in words, with a
  /// principle; a principle anywhere else would be shown nowhere, so it is refused too.
  func checkRehearsal(_ course: Course) {
    var rehearsalUnitID: String?
    for unit in course.units {
      let unitLocation = "unit \"\(unit.id)\""
      if unit.rehearsal, let first = rehearsalUnitID {
        log.add(
          location: unitLocation, field: "rehearsal",
          "is declared by unit \"\(first)\" already; a course has one rehearsal unit")
      } else if unit.rehearsal {
        rehearsalUnitID = unit.id
      }
      for prompt in unit.prompts {
        checkPushback(prompt, inRehearsal: unit.rehearsal, location: unitLocation)
      }
    }
  }

  private func checkPushback(_ prompt: Prompt, inRehearsal: Bool, location unitLocation: String) {
    let location = "\(unitLocation), prompt \"\(prompt.id)\""
    guard inRehearsal else {
      if prompt.pushback != nil {
        log.add(
          location: location, field: "principle",
          "belongs to a rehearsal unit's prompts only (\"rehearsal\": true)")
      }
      return
    }
    if prompt.pushback == nil {
      let known = Principle.allCases.map(\.rawValue).joined(separator: ", ")
      log.add(
        location: location, field: "principle",
        "is required in a rehearsal unit, with a \"cue\": one of \(known)")
    }
    if prompt.kind.name != .text {
      log.add(
        location: location, field: "kind",
        "must be text in a rehearsal unit: her reply is words (found \(prompt.kind.name.rawValue))")
    }
  }
}
