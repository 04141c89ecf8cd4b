/// Resolves reference-style links (`[text][label]`, `[label][]`, `[label]` with a
/// `[label]: url` definition elsewhere) into inline links before the blocks are read, and
/// reports links whose target is missing.
enum ReferenceLinks {
    /// `blocks` with their reference links resolved. `bytesMayMentionMarks` is false when
    /// the bytes the blocks were scanned from hold no `][` or `]()`
    /// (``mentionsReferenceMarks(inText:)``), which spares reading every block for one.
    static func resolve(_ blocks: [Block], bytesMayMentionMarks: Bool = true) -> ([Block], [ParseWarning]) {
        resolve(blocks, definitions: definitions(in: blocks), bytesMayMentionMarks: bytesMayMentionMarks)
    }

    /// The link definitions in `blocks` by label; the first of a label counts.
    static func definitions(in blocks: [Block]) -> [String: String] {
        var definitions: [String: String] = [:]
        for case .linkDefinition(let label, let url, _) in blocks where definitions[label] == nil {
            definitions[label] = url
        }
        return definitions
    }

    /// `blocks` with their reference links resolved through `definitions`, which may come from
    /// the whole document.
    static func resolve(_ blocks: [Block], definitions: [String: String], bytesMayMentionMarks: Bool = true)
        -> ([Block], [ParseWarning])
    {
        if leavesUnchanged(blocks, definitions: definitions, bytesMayMentionMarks: bytesMayMentionMarks) { return (blocks, []) }
        var warnings: [ParseWarning] = []
        let resolved = blocks.map { block -> Block in
            switch block {
            case .heading(let level, let text, let line):
                return .heading(level: level, text: rewrite(text, definitions, line: line, &warnings), line: line)
            case .paragraph(let text, let line):
                return .paragraph(text: rewrite(text, definitions, line: line, &warnings), line: line)
            case .listItem(let indent, let text, let checked, let line):
                return .listItem(indent: indent, text: rewrite(text, definitions, line: line, &warnings), checked: checked, line: line)
            case .table(let header, let rows, let line):
                return .table(header: header, rows: rows.map { $0.map { rewrite($0, definitions, line: line, &warnings) } }, line: line)
            case .linkDefinition, .metadataTitle:
                return block
            }
        }
        return (resolved, warnings)
    }

    /// Whether resolving through `definitions` leaves `blocks` as they are. Without
    /// definitions only `][` and `]()` change anything; most documents have neither.
    static func leavesUnchanged(_ blocks: [Block], definitions: [String: String], bytesMayMentionMarks: Bool) -> Bool {
        definitions.isEmpty && (!bytesMayMentionMarks || !mentionsReferenceMarks(in: blocks))
    }

    /// Whether a text of `blocks` that is rewritten holds `][` or `]()`: without definitions,
    /// resolving changes nothing unless one does.
    static func mentionsReferenceMarks(in blocks: [Block]) -> Bool {
        blocks.contains(where: mentionsReferenceMarks)
    }

    /// Whether a text of `block` that is rewritten holds `][` or `]()`.
    private static func mentionsReferenceMarks(_ block: Block) -> Bool {
        switch block {
        case .heading(_, let text, _), .paragraph(let text, _), .listItem(_, let text, _, _):
            mentionsReferenceMarks(text)
        case .table(_, let rows, _):
            rows.contains { $0.contains(where: mentionsReferenceMarks) }
        case .linkDefinition, .metadataTitle:
            false
        }
    }

    private static func mentionsReferenceMarks(_ text: String) -> Bool {
        text.withUTF8Bytes(mentionsReferenceMarks(inText:))
    }

    /// Whether UTF-8 `bytes` hold `][` or `]()`. Every text of a block is a run of the bytes
    /// it was scanned from, or runs joined by a space, or a run and a colon: a block's text
    /// holds a mark only if those bytes do, so bytes without one need no block read.
    static func mentionsReferenceMarks(inText bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hasClosingBracket(in: bytes, followedBy: startsReferenceMark)
    }

    /// Whether UTF-8 `bytes` may hold a reference link or a link definition: a mark of
    /// ``mentionsReferenceMarks(inText:)``, or `]:` (`[label]: url`, a footnote `[^1]: …`).
    static func mayHoldReferenceLinks(inText bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hasClosingBracket(in: bytes) { $0.first == UInt8(ascii: ":") || startsReferenceMark($0) }
    }

    /// Whether what follows a `]` makes it `][` or `]()`.
    private static func startsReferenceMark(_ rest: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        rest.first == UInt8(ascii: "[") || rest.starts(with: "()".utf8)
    }

    /// Whether some `]` in `bytes` is followed by bytes that pass `test`.
    private static func hasClosingBracket(in bytes: UnsafeBufferPointer<UInt8>, followedBy test: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> Bool {
        var index = 0
        while let close = UTF8Bytes.firstIndex(of: UInt8(ascii: "]"), in: bytes, from: index) {
            if test(bytes[(close + 1)...]) { return true }
            index = close + 1
        }
        return false
    }

    /// `text` with resolvable reference links made inline; notes `[x]()` and `[x][missing]`.
    private static func rewrite(_ text: String, _ definitions: [String: String], line: Int, _ warnings: inout [ParseWarning]) -> String {
        guard text.containsByte(UInt8(ascii: "]")) else { return text }
        if text.firstByteRange(of: "]()") != nil {
            warnings.append(ParseWarning(line: line, message: "a link without a target: \(excerpt(text))"))
        }
        guard !definitions.isEmpty || text.firstByteRange(of: "][") != nil else { return text }
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "[", index == 0 || characters[index - 1] != "!" && characters[index - 1] != "\\",
                let close = closing(characters, from: index)
            else {
                output.append(characters[index])
                index += 1
                continue
            }
            let inner = String(characters[(index + 1)..<close])
            let next = close + 1 < characters.count ? characters[close + 1] : " "
            if next == "(" {  // an inline link: leave it
                output += "[" + inner + "]"
                index = close + 1
                continue
            }
            if next == "[", let labelClose = closing(characters, from: close + 1) {
                let label = String(characters[(close + 2)..<labelClose])
                let key = (label.isEmpty ? inner : label).lowercased()
                if let url = definitions[key] {
                    output += "[\(inner)](<\(url)>)"
                } else {
                    warnings.append(ParseWarning(line: line, message: "a link to an undefined reference [\(key)]"))
                    output += inner
                }
                index = labelClose + 1
                continue
            }
            if let url = definitions[inner.lowercased()] {
                output += "[\(inner)](<\(url)>)"
            } else {
                output += "[" + inner + "]"
            }
            index = close + 1
        }
        return output
    }

    /// The `]` that closes the `[` at `start` within 500 characters, allowing nesting.
    private static func closing(_ characters: [Character], from start: Int) -> Int? {
        var depth = 0
        var index = start
        let limit = min(characters.count, start + 500)
        while index < limit {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    private static func excerpt(_ text: String) -> String {
        let clean = Title.clean(text)
        return clean.count > 60 ? String(clean.prefix(57)) + "..." : clean
    }
}
