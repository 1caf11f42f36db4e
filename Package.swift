// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "leverage",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "leverage", targets: ["leverage"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      path: "Sources/CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // Tests only: GitHub's CommonMark parser, which the Markdown exports are read back through.
    .systemLibrary(
      name: "CCmarkGFM",
      path: "Tests/CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .target(
      name: "LeverageResources",
      path: "Resources",
      exclude: [],
      resources: [.copy("course.json")]
    ),
    .target(name: "PlainText"),
    // The pure core: course, prompts, coach, review, ladder, offers, brief and summary
    // documents. It cannot import GRDB; the journal below is the only target that can.
    .target(name: "LeverageCore", dependencies: ["PlainText"]),
    .target(
      name: "LeverageJournal",
      dependencies: [
        "LeverageCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .target(name: "TerminalUI", dependencies: ["PlainText"]),
    .target(name: "CursesBackend", dependencies: ["TerminalUI", "PlainText", "CNcurses"]),
    .target(
      name: "LeverageApp",
      dependencies: ["LeverageCore", "LeverageJournal", "TerminalUI"]
    ),
    .executableTarget(
      name: "leverage",
      dependencies: [
        "LeverageApp", "LeverageCore", "LeverageJournal", "TerminalUI", "CursesBackend",
        "LeverageResources",
        "PlainText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `make bench` only: the in-process cost of a keystroke.
    .executableTarget(
      name: "LeverageBench",
      dependencies: [
        "LeverageApp", "LeverageCore", "LeverageJournal", "TerminalUI", "LeverageResources",
      ]
    ),
    // What the test targets share: the one fake journal, golden-file helper, seeded random
    // generator and scratch folder.
    .target(name: "CoachTestKit", dependencies: ["LeverageCore"], path: "Tests/CoachTestKit"),
    .testTarget(
      name: "LeverageCoreTests",
      dependencies: ["CoachTestKit", "LeverageCore", "LeverageResources", "PlainText"]),
    .testTarget(
      name: "LeverageJournalTests",
      dependencies: [
        "CoachTestKit", "LeverageCore", "LeverageJournal", "LeverageResources", "PlainText",
      ],
      exclude: ["__Golden__"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "PlainText"]),
    .testTarget(
      name: "LeverageAppTests",
      dependencies: [
        "CoachTestKit", "LeverageApp", "LeverageCore", "LeverageJournal", "TerminalUI",
        "LeverageResources",
      ],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(name: "EndToEndTests", dependencies: ["LeverageCore", "LeverageJournal"]),
    .testTarget(
      name: "MarkdownExportTests",
      dependencies: ["LeverageCore", "LeverageResources", "PlainText", "CCmarkGFM"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
