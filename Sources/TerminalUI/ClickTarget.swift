/// A part of the screen a click acts on, recorded by the code that drew it, so a click hits
/// exactly what the user sees. `action` is the app's own value: this layer only stores it.
public struct ClickTarget: Equatable, Sendable {
  public let rect: Rect
  public let action: any Equatable & Sendable

  public init(rect: Rect, action: any Equatable & Sendable) {
    self.rect = rect
    self.action = action
  }

  public func contains(_ point: Point) -> Bool {
    (rect.x..<rect.maxX).contains(point.x) && (rect.y..<rect.maxY).contains(point.y)
  }

  public static func == (left: ClickTarget, right: ClickTarget) -> Bool {
    left.rect == right.rect && Self.same(left.action, right.action)
  }

  private static func same<Action: Equatable>(_ action: Action, _ other: any Equatable) -> Bool {
    (other as? Action) == action
  }
}
