// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "roadmap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RoadmapCore", targets: ["RoadmapCore"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        .target(name: "RoadmapCore"),
        .executableTarget(name: "RoadmapEmbedder", dependencies: ["RoadmapCore"]),
        .plugin(
            name: "EmbedRoadmaps",
            capability: .buildTool(),
            dependencies: ["RoadmapEmbedder"]
        ),
        .target(
            name: "BundledRoadmaps",
            dependencies: ["RoadmapCore"],
            plugins: ["EmbedRoadmaps"]
        ),
        .executableTarget(
            name: "roadmap",
            dependencies: ["RoadmapCore", "BundledRoadmaps"]
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
