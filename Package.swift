// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitrep", targets: ["SitrepCLI"]),
        .executable(name: "sitrepd", targets: ["SitrepDaemon"]),
        .executable(name: "sitrep-bench", targets: ["SitrepBench"]),
        .executable(name: "sitrep-eval", targets: ["SitrepEval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C API over libxapian's C++ API: opaque handles, status codes, no exception crosses it.
        .target(
            name: "CXapian",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        // Safe Swift over CXapian; knows nothing about news.
        .target(name: "XapianKit", dependencies: ["CXapian"]),
        // Reading article files and JSON Lines, and cleaning scraped text.
        .target(name: "Articles"),
        // Finding actors and places, and resolving spelling variants to one entity.
        .target(name: "Entities", dependencies: ["Articles"]),
        // Wire types shared by the CLI (embedded or client) and the daemon.
        .target(name: "SitrepAPI"),
        // The news schema over Xapian: writer, searcher, entity registry.
        .target(name: "SearchIndex", dependencies: ["XapianKit", "Articles", "Entities", "SitrepAPI"]),
        // The daemon's HTTP/1.1 + JSON service over a Unix socket: routing, one writer, a
        // pool of readers, limits, metrics, systemd integration.
        .target(
            name: "SitrepServer",
            dependencies: [
                "SearchIndex", "SitrepAPI", "Articles", "Entities", "SitrepClient",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "SitrepDaemon",
            dependencies: [
                "SitrepServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A blocking HTTP client for the daemon's socket (the CLI, tests, benchmarks).
        .target(name: "SitrepClient", dependencies: ["SitrepAPI"]),
        .executableTarget(
            name: "SitrepCLI",
            dependencies: [
                "SearchIndex", "SitrepAPI", "Articles", "SitrepClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: a running daemon's searches, and cleaning plus extraction alone.
        .executableTarget(
            name: "SitrepBench",
            dependencies: ["SitrepClient", "SitrepAPI", "SearchIndex", "Articles", "Entities",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Scores entity extraction (and a reference model) against the gold standard in eval/.
        .executableTarget(
            name: "SitrepEval",
            dependencies: ["Articles", "Entities", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "XapianKitTests", dependencies: ["XapianKit"]),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex"]),
        // End to end: runs the built `sitrep` binary; depending on it makes `swift test` build it.
        // Running the built binaries from tests: paths and process helpers.
        .target(name: "SitrepTestSupport", path: "Tests/Support"),
        .testTarget(name: "SitrepCLITests", dependencies: ["SitrepCLI", "SitrepTestSupport"]),
        .testTarget(name: "SitrepServerTests", dependencies: ["SitrepServer"]),
        // End to end: the real sitrepd and sitrep binaries on temporary sockets.
        .testTarget(name: "SitrepDaemonTests", dependencies: ["SitrepDaemon", "SitrepCLI", "SitrepClient", "SitrepAPI", "SitrepTestSupport"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
