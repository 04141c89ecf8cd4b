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
// others depend on by version, so that is acceptable; drop the flags if that changes.
//
// On Linux, release builds also put each function in its own section and link with lld,
// which places the functions `roadmap next` runs first, in the order listed in
// Sources/roadmap/startup-order.txt (made by Benchmarks/startup-order.sh). Start-up code then
// sits in a few pages instead of being spread over the binary: every page fault maps a 64 KiB
// window of it, so `roadmap next` kept about 1.1 MiB of the binary resident, and keeps about
// 0.6 MiB this way. A stale list only costs memory. lld comes with the toolchains from
// swift.org; with a toolchain that lacks it, the release link fails: remove
// `releaseStartupLinking` below.
let releaseStartupFlags: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
    .unsafeFlags(["-Xfrontend", "-function-sections"], .when(platforms: [.linux], configuration: .release)),
]
// RoadmapCore, BundledRoadmaps and the roadmap executable use the standard library and the C
// library alone: no Foundation library, and none of the modules Swift imports implicitly
// (_Concurrency, _StringProcessing), so `roadmap` loads libswiftCore and the small
// libswiftGlibc only. Loading FoundationEssentials and those modules' libraries took longer
// than all of `roadmap next`'s own work (BENCHMARKS.md). These flags turn the implicit imports
// off, so using those modules is a compile error; an end-to-end test (LocalTimeTests) checks
// with ldd that the binary loads no Foundation library.
let standardLibraryOnly: [SwiftSetting] = [
    .unsafeFlags([
        "-Xfrontend", "-disable-implicit-concurrency-module-import",
        "-Xfrontend", "-disable-implicit-string-processing-module-import",
    ])
]
let startupOrder = Context.packageDirectory + "/Sources/roadmap/startup-order.txt"
let releaseStartupLinking: [LinkerSetting] = [
    .unsafeFlags(
        ["-use-ld=lld", "-Xlinker", "--symbol-ordering-file=\(startupOrder)", "-Xlinker", "--no-warn-symbol-ordering"],
        .when(platforms: [.linux], configuration: .release))
]

let package = Package(
    name: "roadmap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RoadmapCore", targets: ["RoadmapCore"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        .target(name: "RoadmapCore", swiftSettings: standardLibraryOnly + releaseStartupFlags),
        .executableTarget(name: "RoadmapEmbedder", dependencies: ["RoadmapCore"]),
        .plugin(
            name: "EmbedRoadmaps",
            capability: .buildTool(),
            dependencies: ["RoadmapEmbedder"]
        ),
        .target(
            name: "BundledRoadmaps",
            dependencies: ["RoadmapCore"],
            swiftSettings: standardLibraryOnly + releaseStartupFlags,
            plugins: ["EmbedRoadmaps"]
        ),
        .executableTarget(
            name: "roadmap",
            dependencies: ["RoadmapCore", "BundledRoadmaps"],
            exclude: ["startup-order.txt"],
            swiftSettings: standardLibraryOnly + releaseStartupFlags,
            linkerSettings: releaseStartupLinking
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
