// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitrep", targets: ["SitrepCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .executableTarget(
            name: "SitrepCLI",
            dependencies: [
                "SearchIndex", "SitrepAPI", "Articles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "XapianKitTests", dependencies: ["XapianKit"]),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex"]),
        // End to end: runs the built `sitrep` binary; depending on it makes `swift test` build it.
        .testTarget(name: "SitrepCLITests", dependencies: ["SitrepCLI"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
