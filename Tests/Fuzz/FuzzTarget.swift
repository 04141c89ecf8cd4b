// libFuzzer entry point for the roadmap parser. Not part of the package build: Tests/Fuzz/run.sh
// compiles it together with the RoadmapCore sources using `swiftc -sanitize=fuzzer,address`.

@_cdecl("LLVMFuzzerTestOneInput")
public func roadmapFuzzTest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let source = RoadmapSource(id: "fuzz", fileName: "fuzz.md", bytes: bytes)
    guard let (roadmap, _) = try? RoadmapParser.lint(source) else { return 0 }
    // What the parser promises of every roadmap it returns.
    precondition(!roadmap.phases.isEmpty, "a roadmap without phases")
    precondition(roadmap.phases.allSatisfy { !$0.topics.isEmpty }, "a phase without topics")
    precondition(Set(roadmap.topics.map(\.slug)).count == roadmap.topicCount, "duplicate slugs")
    _ = TreeDump.render(roadmap)
    _ = MarkdownExporter.export(roadmap, progress: StudyProgress(), style: .plain)
    return 0
}
