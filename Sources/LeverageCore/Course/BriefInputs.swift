/// The prompts whose latest answers fill the one-page brief, from the course's `brief`
/// object; every section but the ladder has one.
public struct BriefInputs: Equatable, Sendable {
  public var prompts: [BriefSection: PromptKey]

  public init(prompts: [BriefSection: PromptKey]) {
    self.prompts = prompts
  }
}
