import Foundation

/// The action items screen: the items, and what the user is doing to them.
public struct ActionItemsState: Equatable, Sendable {
  /// The one-line field open on the screen, and what Enter will do with it.
  public enum Field: Equatable, Sendable {
    case newTitle
    case title(id: Int64)
    case dueDate(id: Int64)
  }

  /// In `ActionItemsDigest.ordered` order.
  public internal(set) var items: [ActionItem] = []
  public internal(set) var selection = 0
  public internal(set) var editing = RowEditing<Field>()

  public init() {}

  public var selected: ActionItem? {
    items.indices.contains(selection) ? items[selection] : nil
  }
}
