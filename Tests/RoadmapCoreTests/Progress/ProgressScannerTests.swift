import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

/// The scanner may give up on any file, but what it returns must be what the careful reader
/// (``JSONValue`` and ``ProgressReader``) returns, and it must not give up on what the store writes.
@Suite struct ProgressScannerTests {
    func careful(_ bytes: [UInt8]) -> Result<StudyProgress, ProgressError> {
        Result { () throws(ProgressError) in try ProgressStore.decodeCarefully(bytes, path: "p") }
    }

    @Test(arguments: ProgressSamples.chosen.indices)
    func readsWrittenFilesAsTheCarefulReaderDoes(sample: Int) throws {
        let bytes = try ProgressSamples.encoded(ProgressSamples.chosen[sample])
        let scanned = ProgressScanner.progress(from: bytes)
        switch careful(bytes) {
        case .success(let progress): #expect(scanned == progress)
        case .failure: #expect(scanned == nil)  // years the reader does not take, such as 10000
        }
    }

    @Test func readsRandomWrittenFilesAsTheCarefulReaderDoes() throws {
        var random = SplitMix64(seed: 11)
        for round in 0..<300 {
            let bytes = try ProgressSamples.encoded(ProgressSamples.random(&random))
            let scanned = try #require(ProgressScanner.progress(from: bytes), "round \(round)")
            #expect(careful(bytes) == .success(scanned), "round \(round)")
        }
    }

    @Test(arguments: [
        // Read by the scanner:
        (#"{}"#, true),
        (#" {"version": 2, "activeRoadmap": null, "roadmaps": null, "history": null, "settings": null} "#, true),
        ("\t{\r\n\"roadmaps\"\n:{\"r\": null, \"s\": {}, \"t\": {\"topics\": null}}}\n", true),
        (#"{"version": 1, "roadmaps": {"r": {"topics": {"a": {"status": "done", "updated": "2026-09-21T14:13:20Z"}}}}}"#, true),
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "skipped", "updated": "2026-09-21T16:13:20.250+02:00", "started": null, "finished": null, "notes": null}}}}}"#, true),
        (#"{"roadmaps": {"r": {"topics": {"a": {"notes": [{"text": "x", "date": "2026-09-21t14:13:20z"}], "updated": "2026-09-21T14:13:20Z", "status": "in-progress"}}}}}"#, true),
        (#"{"activeRoadmap": "a\"b\\c\/d\n\t\r\b\f\u00e9\ud83d\ude80\u0000"}"#, true),
        (#"{"activeRoadmap": "\ud800x \udc00 \ud800\u0041 \uD83D\uDE80"}"#, true),
        (#"{"history": [{"date": "2026-09-21T14:13:20Z", "roadmap": "r", "action": "note", "summary": null, "entries": null}]}"#, true),
        (#"{"history": [{"date": "2026-09-21T14:13:20Z", "roadmap": "r", "action": "done", "entries": [{"slug": "a", "before": null}]}]}"#, true),
        (#"{"version": 3}"#, true),
        (#"{"version": -0, "settings": {"hoursPerWeek": 1e999}}"#, true),
        (#"{"version": 02, "settings": {"hoursPerWeek": 7.50}}"#, true),
        // Left to the careful reader, which accepts them:
        (#"{"extra": [1, {"a": true}]}"#, false),
        (#"{"st\u0061tus": 1}"#, false),
        (#"{"version": 1, "version": 2}"#, false),
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "done", "updated": "2026-09-21T14:13:20Z"}, "a": {"status": "skipped", "updated": "2026-09-21T14:13:20Z"}}}}}"#, false),
        (#"{"activeRoadmap": "\x"}"#, false),
        (#"{"activeRoadmap": "\u+041"}"#, false),
        // Left to the careful reader, which explains them:
        ("", false),
        (#"{} x"#, false),
        (#"{"version": "2"}"#, false),
        (#"{"version": 1.5}"#, false),
        (#"{"roadmaps": []}"#, false),
        (#"{"roadmaps": {"r": {"topics": {"a": null}}}}"#, false),
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "finished", "updated": "2026-09-21T14:13:20Z"}}}}}"#, false),
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "done", "updated": "2026-09-21"}}}}}"#, false),
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "done"}}}}}"#, false),
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "done", "updated": "2026-09-21T14:13:20Z", "notes": [null]}}}}}"#, false),
        (#"{"history": [{"date": "2026-09-21T14:13:20Z", "roadmap": "r", "action": "fly"}]}"#, false),
        ("{\"activeRoadmap\": \"tab\there\"}", false),
        (#"{"activeRoadmap": "unterminated}"#, false),
        (#"{"version": 2,}"#, false),
        (#"[1, 2]"#, false),
    ])
    func eitherGivesUpOrAgrees(text: String, scannerReadsIt: Bool) {
        let bytes = Array(text.utf8)
        let scanned = ProgressScanner.progress(from: bytes)
        #expect((scanned != nil) == scannerReadsIt)
        if let scanned { #expect(careful(bytes) == .success(scanned)) }
    }

    @Test func invalidUTF8IsRepairedAsTheCarefulReaderRepairsIt() throws {
        let bytes = Array(#"{"activeRoadmap": "a"#.utf8) + [0xFF, 0xC3] + Array(#"b", "roadmaps": {"x"#.utf8) + [0xE2, 0x82]
            + Array(#"": {}}}"#.utf8)
        let scanned = try #require(ProgressScanner.progress(from: bytes))
        #expect(careful(bytes) == .success(scanned))
        #expect(scanned.activeRoadmap == "a\u{FFFD}\u{FFFD}b")
    }

    @Test func mutatedFilesAreEitherLeftAloneOrReadAlike() throws {
        var random = SplitMix64(seed: 99)
        var documents = [try ProgressSamples.encoded(ProgressSamples.chosen[2])]
        for _ in 0..<4 { documents.append(try ProgressSamples.encoded(ProgressSamples.random(&random))) }
        let interesting = Array(#"{}[]:,"\/nu0123456789abcdefABCDEF-+.eE tfl"#.utf8) + [0x0A, 0x09, 0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]
        var agreed = 0
        for round in 0..<4000 {
            var bytes = documents[round % documents.count]
            for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(interesting.randomElement(using: &random)!, at: at)
                case 2: bytes[at] = interesting.randomElement(using: &random)!
                case 3: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 12)], at: at)
                default: bytes.removeSubrange(at...)
                }
            }
            guard let scanned = ProgressScanner.progress(from: bytes) else { continue }
            #expect(careful(bytes) == .success(scanned), "round \(round): \(String(decoding: bytes, as: UTF8.self))")
            agreed += 1
        }
        #expect(agreed > 100)
    }

    @Test(arguments: [
        "{ not json", "{\"version\": \"two\"}", "{\"roadmaps\": {\"r\": {\"topics\": {\"a\": 3}}}}", "[1, 2]", "{\"version\": 99}",
        "{\n  \"version\": 1,\n  \"roadmaps\": {,\n}",
    ])
    func errorsAreTheCarefulReadersWords(text: String) {
        let bytes = Array(text.utf8)
        let quick = Result { () throws(ProgressError) in try ProgressStore.decode(bytes, path: "p") }
        let expected = careful(bytes).flatMap { progress in
            progress.version > StudyProgress.currentVersion
                ? .failure(.newerVersion(path: "p", found: progress.version, supported: StudyProgress.currentVersion)) : .success(progress)
        }
        #expect(quick == expected)
        #expect(throws: ProgressError.self) { try quick.get() }
    }
}
