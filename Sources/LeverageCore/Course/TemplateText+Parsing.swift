/// Why a template sentence could not be read. Positions count characters from 1, as an
/// editor shows them.
public enum TemplateParseError: Error, Equatable, Sendable {
  case noBlanks
  case unclosedBrace(position: Int)
  case unexpectedClosingBrace(position: Int)
  case emptyBlank(position: Int)
  case invalidBlankName(String)
  case duplicateBlank(String)
  case unknownBlankKind(blank: String, kind: String)

  public var message: String {
    switch self {
    case .noBlanks:
      "has no blanks; mark each one like {amount}"
    case .unclosedBrace(let position):
      "has a \"{\" at character \(position) that is never closed"
    case .unexpectedClosingBrace(let position):
      "has a \"}\" at character \(position) with no \"{\" before it"
    case .emptyBlank(let position):
      "has an empty blank \"{}\" at character \(position)"
    case .invalidBlankName(let name):
      "has a blank {\(name)} whose name is not lowercase letters, digits and hyphens"
    case .duplicateBlank(let name):
      "uses the blank {\(name)} more than once"
    case .unknownBlankKind(let blank, let kind):
      "has a blank {\(blank):\(kind)} of unknown kind \"\(kind)\"; use "
        + TemplateBlankKind.allCases.map(\.rawValue).joined(separator: ", ")
    }
  }
}

extension TemplateText {
  /// Reads `Adding {resource} will cut {metric} by {share:percent}`: braces mark blanks,
  /// a colon names the blank's kind, everything else is literal text. Braces cannot be
  /// escaped, since course sentences never need them.
  public init(parsing source: String) throws(TemplateParseError) {
    var segments: [Segment] = []
    var literal = ""
    var blank: (name: String, position: Int)?
    var seen: Set<String> = []
    var kinds: [String: TemplateBlankKind] = [:]
    for (offset, character) in source.enumerated() {
      let position = offset + 1
      switch (character, blank) {
      case ("{", nil):
        if !literal.isEmpty { segments.append(.literal(literal)) }
        literal = ""
        blank = ("", position)
      case ("{", .some(let open)):
        throw .unclosedBrace(position: open.position)
      case ("}", nil):
        throw .unexpectedClosingBrace(position: position)
      case ("}", .some(let open)):
        let (name, kind) = try Self.blank(open.name, position: open.position)
        guard seen.insert(name).inserted else { throw .duplicateBlank(name) }
        segments.append(.blank(name))
        kinds[name] = kind
        blank = nil
      case (_, .some(let open)):
        blank = (open.name + String(character), open.position)
      case (_, nil):
        literal.append(character)
      }
    }
    if let open = blank { throw .unclosedBrace(position: open.position) }
    if !literal.isEmpty { segments.append(.literal(literal)) }
    guard !seen.isEmpty else { throw .noBlanks }
    self.init(segments: segments, source: source, blankKinds: kinds)
  }

  /// `amount:money` is the blank `amount` of kind money; `amount` alone takes any words.
  private static func blank(_ text: String, position: Int) throws(TemplateParseError)
    -> (name: String, kind: TemplateBlankKind?)
  {
    let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(parts[0])
    guard !name.isEmpty else { throw .emptyBlank(position: position) }
    guard name.unicodeScalars.allSatisfy(CourseIdentifier.isAllowed) else {
      throw .invalidBlankName(name)
    }
    guard parts.count == 2 else { return (name, nil) }
    guard let kind = TemplateBlankKind(rawValue: String(parts[1])) else {
      throw .unknownBlankKind(blank: name, kind: String(parts[1]))
    }
    return (name, kind)
  }
}

/// The spelling shared by unit, prompt and blank names: they end up as journal keys and in
/// exported files, so they stay plain ASCII.
enum CourseIdentifier {
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
  }

  static func isValid(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy(isAllowed)
  }
}
