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
        .testTarget(
            name: "RoadmapCoreTests",
            dependencies: ["RoadmapCore", "BundledRoadmaps"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "RoadmapCLITests",
            dependencies: ["roadmap"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
