// swift-tools-version: 6.0
import PackageDescription

// Release builds emit concrete type metadata accessors as direct calls instead of
// "mangled name" lookups. By default Swift finds the metadata of a type such as
// `[String: TopicProgress]` at run time by demangling its name and looking up its
// conformances (String: Hashable) in every loaded library; for a short-lived command
// like `roadmap next` that lookup is a large share of its start-up (instructions and
// touched pages). The price is a slightly larger binary. Benchmarks/run.sh builds the
// floor program with the same flag so the comparison stays fair.
//
// Caveat: a package that uses `unsafeFlags` cannot be used as a versioned dependency by
// other packages (SwiftPM refuses it). roadmap is a command-line tool, not a library
// others depend on by version, so that is acceptable; drop the flag if that changes.
let releaseStartupFlags: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

let package = Package(
    name: "roadmap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RoadmapCore", targets: ["RoadmapCore"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        .target(name: "RoadmapCore", swiftSettings: releaseStartupFlags),
        .executableTarget(name: "RoadmapEmbedder", dependencies: ["RoadmapCore"]),
        .plugin(
            name: "EmbedRoadmaps",
            capability: .buildTool(),
            dependencies: ["RoadmapEmbedder"]
        ),
        .target(
            name: "BundledRoadmaps",
            dependencies: ["RoadmapCore"],
            swiftSettings: releaseStartupFlags,
            plugins: ["EmbedRoadmaps"]
        ),
        .executableTarget(
            name: "roadmap",
            dependencies: ["RoadmapCore", "BundledRoadmaps"],
            swiftSettings: releaseStartupFlags
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "RoadmapCoreTests",
            dependencies: ["RoadmapCore", "BundledRoadmaps", "TestSupport"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "RoadmapCLITests",
            dependencies: ["roadmap", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
