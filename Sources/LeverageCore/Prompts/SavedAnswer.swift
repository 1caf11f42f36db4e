import Foundation

/// One saved revision of an answer.
public struct SavedAnswer: Equatable, Sendable {
  public var id: Int64
  public var key: PromptKey
  public var kind: PromptKindName
  public var value: AnswerValue
  /// 1 for the first answer to a prompt, then 2, 3... for each re-answer.
  public var revision: Int
  public var createdAt: Date

  public init(
    id: Int64, key: PromptKey, kind: PromptKindName, value: AnswerValue, revision: Int,
    createdAt: Date
  ) {
    self.id = id
    self.key = key
    self.kind = kind
    self.value = value
    self.revision = revision
    self.createdAt = createdAt
  }
}
