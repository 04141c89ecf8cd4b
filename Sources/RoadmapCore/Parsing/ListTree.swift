/// A list item with the items nested under it, built from consecutive ``Block/listItem``s.
struct ListNode: Equatable {
    let text: String
    var line: Int
    var checked: Bool?
    var children: [ListNode] = []
    /// The item's inline meaning, read once: the readers below ask for it several times.
    let inline: InlineText

    init(text: String, line: Int, checked: Bool?) {
        self.text = text
        self.line = line
        self.checked = checked
        self.inline = InlineText(text)
    }

    /// Lists nested deeper than this are flattened at this depth.
    static let maximumDepth = 32

    /// Nests items by indentation: an item belongs to the nearest item above it with a
    /// smaller indent.
    static func forest(from items: [ListItemLine]) -> [ListNode] {
        // Built iteratively so that deeply nested input cannot exhaust the stack.
        var roots: [ListNode] = []
        roots.reserveCapacity(items.count)
        // The open path from a root to the last item, with each item's indent.
        var path: [(indent: Int, node: ListNode)] = []
        path.reserveCapacity(8)

        func close(downTo depth: Int) {
            while path.count > depth {
                let (_, node) = path.removeLast()
                if let parent = path.indices.last {
                    // Room for a few at once: growing one by one reallocated for most lists.
                    if path[parent].node.children.isEmpty { path[parent].node.children.reserveCapacity(8) }
                    path[parent].node.children.append(node)
                } else {
                    roots.append(node)
                }
            }
        }

        for item in items {
            var depth = path.count
            // Nesting deeper than any plan needs is read as siblings at the deepest level.
            if depth >= maximumDepth, path[depth - 1].indent < item.indent {
                let siblingIndent = path[depth - 1].indent
                close(downTo: depth - 1)
                path.append((siblingIndent, ListNode(text: item.text, line: item.line, checked: item.checked)))
                continue
            }
            while depth > 0, path[depth - 1].indent >= item.indent { depth -= 1 }
            close(downTo: depth)
            path.append((item.indent, ListNode(text: item.text, line: item.line, checked: item.checked)))
        }
        close(downTo: 0)
        return roots
    }

    /// `**Core Topics:**`, `Math:` with nested items: a label for what follows, not a topic itself.
    var label: String? {
        let clean = inline.plain
        guard clean.lastByte == UInt8(ascii: ":") else { return nil }
        // ASCII text by byte, made into a string once: each byte is a character.
        let ascii: String?? = clean.withUTF8Bytes { bytes in
            guard !UTF8Bytes.containsNonASCII(bytes) else { return nil }
            let label = UTF8Bytes.trimmingASCIIWhiteSpace(0..<(bytes.count - 1), in: bytes)
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[label]), as: UTF8.self))
        }
        if let ascii { return ascii }
        guard clean.hasSuffix(":") else { return nil }
        return clean.droppingLastBytes(1).trimmingSpace
    }

    /// True when the item is a link and the words that name it, such as `[SciPy](…)` or
    /// `Python playlist: https://…`, rather than a thing to learn that mentions a link.
    var isResource: Bool {
        let inline = inline
        guard !inline.links.isEmpty else { return false }
        if inline.isOnlyLinks { return true }
        // "Label: https://…" (a bare URL titled by its label).
        return inline.links.count == 1 && inline.links[0].title != inline.plain && textBeforeFirstURLEndsWithColon
    }

    private var textBeforeFirstURLEndsWithColon: Bool {
        guard let url = text.firstByteRange(of: "http") else { return false }
        let before = Title.collapsingSpaces(text[..<url.lowerBound])
        return before.hasSuffix(":") || before.hasSuffix("-") || before.hasSuffix("–") || before.hasSuffix("—")
    }

    /// The item's text cleaned for display (``Title/clean(_:)``).
    var clean: String { Title.cleanPlainText(inline.plain) }

    /// The text of the item and its descendants on one line: `NumPy: Array operations, Broadcasting`.
    var flattened: String {
        guard !children.isEmpty else { return clean }
        var text = ""
        text.reserveCapacity(flattenedSizeEstimate)
        appendFlattened(to: &text)
        return text
    }

    /// Appends ``flattened`` to `text`, which is written once rather than joined level by level.
    private func appendFlattened(to text: inout String) {
        text += clean
        guard !children.isEmpty else { return }
        text += ": "
        for (offset, child) in children.enumerated() {
            if offset > 0 { text += ", " }
            child.appendFlattened(to: &text)
        }
    }

    /// About the bytes ``flattened`` takes: each text and two separator bytes after it.
    private var flattenedSizeEstimate: Int {
        children.reduce(text.utf8.count + 2) { $0 + $1.flattenedSizeEstimate }
    }
}

/// One list item as its line gives it, before items are nested. (A struct rather than a
/// tuple: arrays of it are copied and destroyed by specialised code.)
struct ListItemLine {
    var indent: Int
    var text: String
    var checked: Bool?
    var line: Int
}
