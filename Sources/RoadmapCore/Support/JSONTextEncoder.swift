/// Writes an `Encodable` value as JSON text: the very bytes Foundation's `JSONEncoder` gives with
/// `outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, with nothing but
/// the standard library.
///
/// Encoding runs in two steps. The value's `encode(to:)` first fills a small tree of nodes
/// through the `Encoder` below; the tree is then written out with two spaces of indent per level,
/// `" : "` between a key and its value, and the keys of each object in the order of their UTF-8
/// bytes.
///
/// What `JSONEncoder` refuses, this refuses with the same `EncodingError.invalidValue`: an
/// infinite or NaN `Double` or `Float` (the error's coding path ends at its key), a top-level
/// value that encodes nothing, and containers nested 512 deep. Errors thrown by a value's own
/// `encode(to:)` pass through unchanged, which is why `encode` does not use typed throws.
struct JSONTextEncoder {
    init() {}

    /// The UTF-8 bytes of `value` as JSON text, without a trailing newline.
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        guard root.kind != .unset else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        var writer = JSONWriter()
        do {
            try writer.write(root, level: 0)
        } catch {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode the given top-level value to JSON."))
        }
        return writer.bytes
    }
}

// MARK: - The tree

/// One value in the tree that encoding builds. It is a class so that a container handed out to
/// `encode(to:)` and the tree share the value: whatever the container adds, the tree holds.
private final class JSONNode {
    enum Kind { case unset, literal, string, array, object }

    /// What the node holds. It stays `.unset` until something is encoded into it; a value that
    /// encodes nothing at all is written as an empty object, as `JSONEncoder` writes it.
    var kind = Kind.unset
    /// A `.literal`'s JSON text (`null`, `true`, `false` or a number), or a `.string`'s characters.
    var text = ""
    /// An `.array`'s elements.
    var elements: [JSONNode] = []
    /// An `.object`'s members, by key.
    var members: [String: JSONNode] = [:]

    /// Makes the node a single value; only a node that holds nothing yet can become one.
    func setScalar(_ kind: Kind, _ text: String) {
        precondition(self.kind == .unset,
                     "Attempt to encode value through single value container when previously value already encoded.")
        self.kind = kind
        self.text = text
    }

    /// Makes the node an array or an object, or leaves it one: as with `JSONEncoder`, asking an
    /// encoder twice for a keyed container gives two containers writing into one object.
    func becomeContainer(_ kind: Kind) {
        precondition(self.kind == .unset || self.kind == kind,
                     "Attempt to push new \(kind == .object ? "keyed" : "unkeyed") encoding container when already previously encoded at this path.")
        self.kind = kind
    }
}

/// The coding key of an array element ("Index 0", 0) or of a superclass ("super"). It bears the
/// name of Foundation's key type, so coding paths in errors print as they did with `JSONEncoder`.
private struct _CodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) { (self.stringValue, intValue) = (stringValue, nil) }
    init(intValue: Int) { (stringValue, self.intValue) = ("\(intValue)", intValue) }
    init(index: Int) { (stringValue, intValue) = ("Index \(index)", index) }
}

// MARK: - Encoder and containers

/// The `Encoder` handed to `encode(to:)`. It writes into one node, and is that node's
/// single-value container too.
private struct NodeEncoder: Encoder, SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeContainer(.object)
        return KeyedEncodingContainer(KeyedContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeContainer(.array)
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() { node.setScalar(.literal, "null") }
    func encode(_ value: Bool) { node.setScalar(.literal, value ? "true" : "false") }
    func encode(_ value: String) { node.setScalar(.string, value) }
    func encode(_ value: Double) throws { node.setScalar(.literal, try floatText(value)) }
    func encode(_ value: Float) throws { node.setScalar(.literal, try floatText(value)) }
    func encode(_ value: Int) { node.setScalar(.literal, value.description) }
    func encode(_ value: Int8) { node.setScalar(.literal, value.description) }
    func encode(_ value: Int16) { node.setScalar(.literal, value.description) }
    func encode(_ value: Int32) { node.setScalar(.literal, value.description) }
    func encode(_ value: Int64) { node.setScalar(.literal, value.description) }
    func encode(_ value: UInt) { node.setScalar(.literal, value.description) }
    func encode(_ value: UInt8) { node.setScalar(.literal, value.description) }
    func encode(_ value: UInt16) { node.setScalar(.literal, value.description) }
    func encode(_ value: UInt32) { node.setScalar(.literal, value.description) }
    func encode(_ value: UInt64) { node.setScalar(.literal, value.description) }

    /// Any other value encodes itself, with this very encoder.
    func encode<T: Encodable>(_ value: T) throws {
        precondition(node.kind == .unset,
                     "Attempt to encode value through single value container when previously value already encoded.")
        try value.encode(to: self)
    }

    /// A float's JSON text as `JSONEncoder` writes it: Swift's shortest round-tripping
    /// `description` (`0.1`, `1e-07`, `1.2345678901234568e+17`) less a trailing `.0`, so that
    /// `2.0` is `2`. JSON has no infinity or NaN: those are refused, naming where they were.
    private func floatText<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: codingPath, debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        return JSONText.number(value)
    }
}

/// A keyed container: it writes the members of an object node.
private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    /// Encodes a value for `key` with `body` into a new node, which then takes the key's place.
    /// When `body` throws, the object is left as it was.
    private func put(_ key: Key, _ body: (NodeEncoder) throws -> Void) rethrows {
        let child = NodeEncoder(node: JSONNode(), codingPath: codingPath + [key])
        try body(child)
        node.members[key.stringValue] = child.node
    }

    /// An encoder for the node at `key`: the node already there when `reuse` is set and there is
    /// one (a nested container asked for twice is the same container), else a new one.
    private func encoder(at key: any CodingKey, reuse: Bool) -> NodeEncoder {
        let child = reuse ? node.members[key.stringValue] ?? JSONNode() : JSONNode()
        node.members[key.stringValue] = child
        return NodeEncoder(node: child, codingPath: codingPath + [key])
    }

    mutating func encodeNil(forKey key: Key) { put(key) { $0.encodeNil() } }
    mutating func encode(_ value: Bool, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: String, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try put(key) { try $0.encode(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { try put(key) { try $0.encode(value) } }
    mutating func encode(_ value: Int, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) { put(key) { $0.encode(value) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try put(key) { try $0.encode(value) } }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder(at: key, reuse: true).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder(at: key, reuse: true).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder(at: _CodingKey(stringValue: "super"), reuse: false) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder(at: key, reuse: false) }
}

/// An unkeyed container: it appends the elements of an array node.
private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    /// An encoder for the next element, not yet appended.
    private func nextEncoder() -> NodeEncoder {
        NodeEncoder(node: JSONNode(), codingPath: codingPath + [_CodingKey(index: count)])
    }

    /// Encodes the next element with `body`, and appends it when `body` succeeds.
    private func append(_ body: (NodeEncoder) throws -> Void) rethrows {
        let child = nextEncoder()
        try body(child)
        node.elements.append(child.node)
    }

    /// Appends an empty element at once, for a nested container or superclass to fill.
    private func appendEncoder() -> NodeEncoder {
        let child = nextEncoder()
        node.elements.append(child.node)
        return child
    }

    mutating func encodeNil() { append { $0.encodeNil() } }
    mutating func encode(_ value: Bool) { append { $0.encode(value) } }
    mutating func encode(_ value: String) { append { $0.encode(value) } }
    mutating func encode(_ value: Double) throws { try append { try $0.encode(value) } }
    mutating func encode(_ value: Float) throws { try append { try $0.encode(value) } }
    mutating func encode(_ value: Int) { append { $0.encode(value) } }
    mutating func encode(_ value: Int8) { append { $0.encode(value) } }
    mutating func encode(_ value: Int16) { append { $0.encode(value) } }
    mutating func encode(_ value: Int32) { append { $0.encode(value) } }
    mutating func encode(_ value: Int64) { append { $0.encode(value) } }
    mutating func encode(_ value: UInt) { append { $0.encode(value) } }
    mutating func encode(_ value: UInt8) { append { $0.encode(value) } }
    mutating func encode(_ value: UInt16) { append { $0.encode(value) } }
    mutating func encode(_ value: UInt32) { append { $0.encode(value) } }
    mutating func encode(_ value: UInt64) { append { $0.encode(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try append { try $0.encode(value) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        appendEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { appendEncoder().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { appendEncoder() }
}

// MARK: - Writing

/// Writes a finished tree as pretty-printed JSON text.
private struct JSONWriter {
    /// Thrown for containers nested as deep as `JSONEncoder` refuses to write (512 levels).
    struct TooDeep: Error {}

    private(set) var bytes: [UInt8] = []

    /// Writes `node`, which sits inside `level` containers.
    mutating func write(_ node: JSONNode, level: Int) throws(TooDeep) {
        switch node.kind {
        case .literal:
            bytes += node.text.utf8
        case .string:
            writeString(node.text)
        case .array:
            try writeContainer(level: level, open: "[", close: "]", node.elements.map { (nil, $0) })
        case .object, .unset:
            let members = node.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            try writeContainer(level: level, open: "{", close: "}", members.map { ($0.key, $0.value) })
        }
    }

    /// Writes an array (whose entries have no key) or an object: the opening bracket, each entry
    /// on a line of its own one level deeper, and the closing bracket on a line of its own. An
    /// empty container keeps both line breaks: `[\n\n]`, `{\n\n}`.
    private mutating func writeContainer(
        level: Int, open: Unicode.Scalar, close: Unicode.Scalar, _ entries: [(key: String?, value: JSONNode)]
    ) throws(TooDeep) {
        guard level + 1 < 512 else { throw TooDeep() }
        bytes += [UInt8(ascii: open), UInt8(ascii: "\n")]
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes += ",\n".utf8 }
            indent(level + 1)
            if let key = entry.key {
                writeString(key)
                bytes += " : ".utf8
            }
            try write(entry.value, level: level + 1)
        }
        bytes.append(UInt8(ascii: "\n"))
        indent(level)
        bytes.append(UInt8(ascii: close))
    }

    private mutating func indent(_ level: Int) {
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * level)
    }

    /// Writes `string` in quotes, escaped as `JSONEncoder` escapes it (``JSONText``).
    private mutating func writeString(_ string: String) {
        JSONText.writeString(string) { bytes.append(contentsOf: $0) }
    }
}
