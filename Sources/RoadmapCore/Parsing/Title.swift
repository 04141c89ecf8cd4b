/// Turns raw heading and item text into the titles users see.
enum Title {
    /// Runs of white space become one space; the ends are trimmed.
    static func collapsingSpaces(_ text: some StringProtocol) -> String {
        text.withUTF8Bytes { bytes in
            guard let collapsed = UTF8Bytes.collapsingSpaces(bytes) else { return String(text) }
            return String(decoding: collapsed, as: UTF8.self)
        }
    }

    /// A heading or item cleaned for display: Markdown markers, emoji and decoration removed.
    static func clean(_ markdown: String) -> String {
        cleanPlainText(InlineText(markdown).plain)
    }

    /// The readable text of an ``InlineText`` cleaned for display, as ``clean(_:)`` does.
    static func cleanPlainText(_ plain: String) -> String {
        if plain.isASCIIText { return droppingTrailingSeparators(ofASCII: plain) }
        var text = removingDecoration(plain)
        if text.isASCIIText { return droppingTrailingSeparators(ofASCII: text) }
        // The separators are ":", "-", "|", "–" and "—" (which end in bytes 0x93 and 0x94): most
        // titles end otherwise.
        while let lastByte = text.lastByte, [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "|"), 0x93, 0x94].contains(lastByte),
            let last = text.last, last == ":" || last == "-" || last == "–" || last == "—" || last == "|"
        {
            text = text.droppingLastBytes(last.utf8.count).trimmingSpace
        }
        return text
    }

    /// ASCII `text` without the separators it ends with, trimmed after each (as the loop in
    /// ``cleanPlainText(_:)`` does it), read by byte and written out once at most.
    private static func droppingTrailingSeparators(ofASCII text: String) -> String {
        let range: Range<Int>? = text.withUTF8Bytes { bytes in
            var start = 0
            var end = bytes.count
            var dropped = false
            while end > start, [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "|")].contains(bytes[end - 1]) {
                end -= 1
                dropped = true
                while end > start, bytes[end - 1].isASCIIWhiteSpace { end -= 1 }
                while start < end, bytes[start].isASCIIWhiteSpace { start += 1 }
            }
            return dropped ? start..<end : nil
        }
        guard let range else { return text }
        return text.withUTF8Bytes { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Whether a heading or item ends with a colon, introducing what follows (`📘 Topics:`).
    static func isLabel(_ markdown: String) -> Bool {
        markdown.containsByte(UInt8(ascii: ":")) && InlineText(markdown).plain.hasSuffix(":")
    }

    /// Emoji, pictographs, arrows and dingbats removed; spaces collapsed.
    static func removingDecoration(_ text: String) -> String {
        text.withUTF8Bytes { bytes in
            // By byte: decoration starts at U+200D, so only a lead byte E2 or above can begin
            // it, and what stays is copied in runs.
            var kept: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] >= 0xE2 else {
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
                if isDecoration(scalar) {
                    if kept.isEmpty { kept.reserveCapacity(bytes.count) }
                    kept.append(contentsOf: bytes[copied..<index])
                    copied = index + length
                }
                index += length
            }
            guard copied > 0 else { return collapsingSpaces(text) }
            kept.append(contentsOf: bytes[copied...])
            let collapsed = kept.withUnsafeBufferPointer(UTF8Bytes.collapsingSpaces)
            return String(decoding: collapsed ?? kept, as: UTF8.self)
        }
    }

    static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2190...0x21FF, 0x25A0...0x25FF,
            0xFE00...0xFE0F, 0x200D, 0x20E3, 0xE0020...0xE007F:
            return true
        default:
            return false
        }
    }

    /// `1.1 Linear Algebra` → `Linear Algebra`; `2) Python` → `Python`.
    static func removingNumbering(_ title: String) -> String {
        // By byte: the numbering is ASCII, and the rest is copied whole.
        title.withUTF8Bytes { bytes in
            guard let first = bytes.first, first.isASCIIDigit else { return title }
            var end = bytes.firstIndex { !$0.isASCIIDigit && $0 != UInt8(ascii: ".") } ?? bytes.endIndex
            let endsWithDot = bytes[end - 1] == UInt8(ascii: ".")
            if end < bytes.endIndex, bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: ":") { end += 1 }
            guard endsWithDot || (end < bytes.endIndex && bytes[end] == UInt8(ascii: " ")) else { return title }
            var rest = bytes[end...]
            while let byte = rest.first, byte.isASCIIWhiteSpace { rest = rest.dropFirst() }
            while let byte = rest.last, byte.isASCIIWhiteSpace { rest = rest.dropLast() }
            // Other white space at either end (rare) is trimmed as text.
            let stripped = rest.text.trimmingSpace
            return stripped.isEmpty ? title : stripped
        }
    }

    /// The first sentence of a long item, for use as its title.
    static func firstSentence(of text: String) -> String {
        // ASCII text (without carriage returns, which join a line feed into one character) has
        // one character per byte, and is read by byte.
        guard text.isASCIIText, !text.containsByte(UInt8(ascii: "\r")) else { return firstSentence(ofCharacters: text) }
        let end: Int? = text.withUTF8Bytes { bytes in
            var depth = 0
            var wordStart = 0
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"): depth = max(0, depth - 1)
                case UInt8(ascii: " "): wordStart = index + 1
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    guard depth == 0, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " "), index >= 12 else { continue }
                    let lastWord = bytes[wordStart..<index]
                    if !lastWord.contains(UInt8(ascii: ".")), !sentenceWordExceptions.contains(where: { lastWord.elementsEqual($0.utf8) }) {
                        return index
                    }
                default: break
                }
            }
            return nil
        }
        return end.map { String(text[..<text.utf8.index(text.startIndex, offsetBy: $0)]).trimmingSpace } ?? wholeSentence(text)
    }

    /// Words that end with a full stop without ending a sentence: "e.g. x", "vs. y", "approx. 3".
    private static let sentenceWordExceptions = ["e.g", "i.e", "vs", "etc", "approx", "Dr", "Mr", "Ms"]

    /// ``firstSentence(of:)`` read by character, for text beyond ASCII.
    static func firstSentence(ofCharacters text: String) -> String {
        var depth = 0
        var wordStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if character == " " { wordStart = next }
            if depth == 0, ".!?".contains(character), next < text.endIndex, text[next] == " " {
                // "e.g. x", "vs. y", "approx. 3" do not end a sentence, nor does one under 12 characters.
                let lastWord = text[wordStart..<index]
                if !lastWord.containsByte(UInt8(ascii: ".")), !sentenceWordExceptions.contains(where: { lastWord == $0 }),
                    text.distance(from: text.startIndex, to: index) >= 12
                {
                    return String(text[..<index]).trimmingSpace
                }
            }
            index = next
        }
        return wholeSentence(text)
    }

    /// A text with no sentence end inside it, trimmed and without a closing full stop.
    private static func wholeSentence(_ text: String) -> String {
        var whole = text.trimmingSpace
        if whole.hasSuffix(".") { whole.removeLast() }
        return whole
    }

    /// Link texts that say nothing about what they link to.
    static func isPlaceholderLinkText(_ text: String) -> Bool {
        if text.isASCIIText {
            // By byte: an ASCII text is one of them if its bytes are, lower-cased.
            return text.withUTF8Bytes { bytes in
                placeholderLinkTexts.contains { placeholder in
                    placeholder.utf8.count == bytes.count && zip(placeholder.utf8, bytes).allSatisfy { $0 == $1.asciiLowercased }
                }
            }
        }
        // The longest, "click here", is 10 letters; lower-casing a character takes at most
        // three times fewer bytes (the Kelvin sign is "k"), so longer text is none of them.
        guard text.utf8.count <= 30 else { return false }
        return placeholderLinkTexts.contains(text.lowercasedText)
    }

    private static let placeholderLinkTexts = ["here", "link", "this", "click here", "this link", "website", "source"]

    /// The label that ends `text`: `Python playlist` in `Python playlist: `.
    ///
    /// With `requireColon`, only text ending in `:` or `-` is a label; otherwise the last
    /// phrase before the link is used ("The official tutorial is [here]").
    static func label(endingBefore text: String, requireColon: Bool) -> String? {
        var label = collapsingSpaces(text)
        let endsWithColon = label.hasSuffix(":") || label.hasSuffix(" -") || label.hasSuffix(" –") || label.hasSuffix(" —")
        guard endsWithColon || !requireColon else { return nil }
        while let last = label.last, ":-–—(,".contains(last) || last == " " { label.removeLast() }
        if let start = startOfLastSentence(label) {
            label = String(label[start...])
        }
        label = clean(label)
        if !requireColon {
            for filler in [" here", " is", " at", " on", " see", " click", " in"] where label.lowercased().hasSuffix(filler) {
                label = String(label.dropLast(filler.count)).trimmingSpace
            }
        }
        return label.isEmpty ? nil : label
    }

    /// Where the last sentence of `text` starts: after its last ". " (found by byte in ASCII text).
    private static func startOfLastSentence(_ text: String) -> String.Index? {
        guard text.isASCIIText else { return text.lastRange(ofText: ". ")?.upperBound }
        let offset: Int? = text.withUTF8Bytes { bytes in
            var index = bytes.count - 2
            while index >= 0 {
                if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " ") { return index + 2 }
                index -= 1
            }
            return nil
        }
        return offset.map { text.utf8.index(text.startIndex, offsetBy: $0) }
    }

    /// False when the UTF-8 text surely does not end in `:`, `-`, `–` or `—` past its white space:
    /// its last byte before ASCII space is ASCII and none of them. Read by byte, so long text
    /// before a link is not copied to learn that it is no label.
    static func mayEndWithColon(_ utf8: some BidirectionalCollection<UInt8>) -> Bool {
        guard let last = utf8.last(where: { !$0.isASCIIWhiteSpace }) else { return false }
        return last >= 0x80 || last == UInt8(ascii: ":") || last == UInt8(ascii: "-")
    }

    /// A readable title for a bare link: its host and path without the scheme.
    static func fromURL(_ url: String) -> String {
        if let title = url.utf8.withContiguousStorageIfAvailable(fromASCIIURL), let title {
            return title.isEmpty ? url : title
        }
        var text = Substring(url)
        for scheme in ["https://", "http://", "mailto:"] where text.hasPrefix(scheme) {
            text = text.dropFirst(scheme.count)
        }
        if text.hasPrefix("www.") { text = text.dropFirst(4) }
        if let query = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<query] }
        for suffix in ["/index.html", "/index.htm", "/"] where text.hasSuffix(suffix) {
            text = text.dropLast(suffix.count)
        }
        return text.isEmpty ? url : String(text)
    }

    /// ``fromURL(_:)`` for ASCII text, where a byte is a character, cutting the same parts by
    /// bytes (Character comparisons cost thousands of instructions a link); nil for other
    /// text, and for a carriage return, which makes one character with a line feed.
    private static func fromASCIIURL(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
        var start = 0
        var end = bytes.count
        func hasPrefix(_ prefix: StaticString) -> Bool {
            end - start >= prefix.utf8CodeUnitCount
                && UnsafeBufferPointer(rebasing: bytes[start..<start + prefix.utf8CodeUnitCount]).elementsEqual(
                    UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
        }
        func hasSuffix(_ suffix: StaticString) -> Bool {
            end - start >= suffix.utf8CodeUnitCount
                && UnsafeBufferPointer(rebasing: bytes[end - suffix.utf8CodeUnitCount..<end]).elementsEqual(
                    UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
        }
        // In the order fromURL(_:) drops them, each tried on what is left.
        if hasPrefix("https://") { start += 8 }
        if hasPrefix("http://") { start += 7 }
        if hasPrefix("mailto:") { start += 7 }
        if hasPrefix("www.") { start += 4 }
        if let query = bytes[start..<end].firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            end = query
        }
        if hasSuffix("/index.html") { end -= 11 }
        if hasSuffix("/index.htm") { end -= 10 }
        if hasSuffix("/") { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
