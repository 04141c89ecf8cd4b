import Testing
import TestSupport

@testable import RoadmapCore

/// A document repaired line by line as it is scanned reads exactly as the document repaired
/// whole and then scanned.
@Suite struct RepairedLinesTests {
    /// The bundled roadmaps (one holds mojibake) with controls, mojibake, line endings and
    /// reference marks dropped in anywhere.
    @Test(arguments: [21, 22, 23] as [UInt64])
    func linesRepairedOneByOneScanAsTheWholeRepaired(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let originals = try ChunksTests.bundledBytes()
        let tokens: [[UInt8]] = [
            [0x07], [0x1B, 0x5D, 0x30, 0x3B, 0x74, 0x07], [0xC2, 0x85], [0x7F], [0x00], [0x0D, 0x0A], [0x0D], [0x0D, 0x01, 0x0A],
            [0xC3, 0x83, 0xC2, 0xA9], [0xC3, 0xA2, 0xE2, 0x82, 0xAC, 0xE2, 0x84, 0xA2], [0xC3, 0xA9], [0xC3], [0x0A],
        ] + ["]\u{07}()", "[t]\u{01}[a]", "- ", "\n\n## Phase 9: More\n", "[a]: http://b\n", "---\n", "```\n"].map { Array($0.utf8) }
        for _ in 0..<40 {
            var bytes = originals[Int(random.next() % UInt64(originals.count))]
            for _ in 0..<(1 + random.next() % 30) {
                bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: Int(random.next() % UInt64(bytes.count + 1)))
            }
            // Insertions can split a multi-byte character; the parser reads only well-formed UTF-8.
            let text = Array(String(decoding: bytes, as: UTF8.self).utf8)
            let lineWise = text.withUnsafeBufferPointer { LineScanner.scan($0, repairing: true) }
            let whole = text.withUnsafeBufferPointer { TextRepair.repaired($0) } ?? text
            let wholeScan = whole.withUnsafeBufferPointer { LineScanner.scan($0) }
            #expect(lineWise.blocks == wholeScan.blocks)
            #expect(lineWise.endsAtRest == wholeScan.endsAtRest)
            // Every mark in the repaired text is found in the text as read or in a repaired line.
            let marksAfterRepair = whole.withUnsafeBufferPointer(ReferenceLinks.mentionsReferenceMarks(inText:))
            let marksAsRead = text.withUnsafeBufferPointer(ReferenceLinks.mentionsReferenceMarks(inText:))
            if marksAfterRepair { #expect(marksAsRead || lineWise.repairsMentionReferenceMarks) }
        }
    }

    /// Repaired lines are written into chunks of 64 KiB: many lines fill several, and a line
    /// longer than a chunk gets one of its own. Each reads as the whole text repaired.
    @Test func repairedLinesOutgrowAChunk() {
        let lines = (1...4_000).map { "- item \($0) by AurÃ©lien GÃ©ron\u{07}" }
        let long = "- " + String(repeating: "AurÃ©lien ", count: 9_000)
        // A paragraph's lines are held until it ends: each keeps its own room.
        let paragraph = ["", "AurÃ©lien one", "GÃ©ron two", "CafÃ©\u{01} three"]
        let text = Array((lines + [long, "- last"] + paragraph).joined(separator: "\n").utf8)
        #expect(text.count > 2 * RepairedLines.chunkSize)
        let lineWise = text.withUnsafeBufferPointer { LineScanner.scan($0, repairing: true).blocks }
        let whole = text.withUnsafeBufferPointer { TextRepair.repaired($0) } ?? text
        #expect(lineWise == whole.withUnsafeBufferPointer { LineScanner.scan($0).blocks })
        #expect(lineWise.count == 4_003)
        #expect(lineWise.last == .paragraph(text: "Aurélien one Géron two Café three", line: 4_004))
        #expect(lineWise.first == .listItem(indent: 0, text: "item 1 by Aurélien Géron", checked: nil, line: 1))
    }

    /// A carriage return followed by a control still ends its line once the control is gone.
    @Test func aLineEndingInReturnAndControlLosesBoth() {
        let text = Array("- AurÃ©lien\r\u{01}\n- next\r\n".utf8)
        let blocks = text.withUnsafeBufferPointer { LineScanner.scan($0, repairing: true).blocks }
        #expect(blocks == [
            .listItem(indent: 0, text: "Aurélien", checked: nil, line: 1),
            .listItem(indent: 0, text: "next", checked: nil, line: 2),
        ])
    }

    /// The search for a line's end finds the first line feed wherever it falls in the words
    /// it reads, and says whether a C3 or a byte that may start a control comes before it.
    @Test func lineEndFindsTheLineFeedAndThePossibleRepairsBeforeIt() {
        let suspects: [UInt8] = [0xC3, 0xC2, 0x7F, 0x00, 0x01, 0x07, 0x0B, 0x1B, 0x1F]
        let passed: [UInt8] = [0x09, 0x0D, 0x20, 0x41, 0x7E, 0x80, 0xBF, 0xC4, 0xE2, 0xF0]
        for length in 1...20 {
            for feed in 0..<length {
                var clean = (0..<length).map { passed[$0 % passed.count] }
                clean[feed] = 0x0A
                clean.withUnsafeBufferPointer { buffer in
                    #expect(TextRepair.lineEnd(in: buffer, from: 0) == (feed, false), "feed at \(feed) of \(length)")
                    #expect(TextRepair.lineEnd(in: buffer, from: feed + 1) == (nil, false))
                }
                for offset in 0..<length where offset != feed {
                    for suspect in suspects {
                        var bytes = clean
                        bytes[offset] = suspect
                        bytes.withUnsafeBufferPointer { buffer in
                            let found = TextRepair.lineEnd(in: buffer, from: 0)
                            #expect(found == (feed, offset < feed), "\(suspect) at \(offset), feed at \(feed) of \(length)")
                            #expect(TextRepair.lineEnd(in: buffer, from: feed + 1) == (nil, offset > feed))
                        }
                    }
                }
            }
        }
    }
}
