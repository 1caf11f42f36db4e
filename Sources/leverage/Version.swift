/// Leverage's version, in one place: `--version` and the help both read it.
enum LeverageVersion {
  static let current = "0.5.0"
}
