/// A parsed ``Roadmap`` written as compact text and read back without parsing Markdown.
///
/// The bundled roadmaps are compiled in this form (the build parses them once), and the
/// ``ParseCache`` stores large user roadmaps in it, so a command reads a roadmap of
/// 100,000 topics in a fraction of the time the Markdown parser needs.
///
/// The text is a sequence of fields in a fixed order: a string is its UTF-8 length, `:` and
/// its bytes; a number is its digits followed by `,`; an absent value is `~`. Nothing is
/// escaped, so packing and unpacking copy each string once.
public enum PackedRoadmap {
    /// Changes whenever the layout does; unpacking refuses any other version.
    public static let formatVersion = 1
    static let header = "roadmap-packed \(formatVersion)\n"

    /// Why packed text could not be read back: it is cut short, damaged, or another version.
    public struct Malformed: Error, Equatable, Sendable {
        /// The byte offset where reading stopped.
        public let offset: Int
    }

    /// The roadmap as packed text.
    public static func pack(_ roadmap: Roadmap) -> String {
        withPackedBytes(of: roadmap) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of ``pack(_:)``, without making a string or an array
    /// of them (at 100,000 topics they take megabytes).
    static func withPackedBytes<Result>(of roadmap: Roadmap, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var writer = PackedWriter()
        writer.write(raw: header)
        writer.write(roadmap)
        return try writer.withBytes(body)
    }

    /// Reads back what ``pack(_:)`` wrote.
    public static func unpack(_ text: String) throws(Malformed) -> Roadmap {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(Malformed) in try unpack(bytes) } }.get()
    }

    /// Reads back what ``pack(_:)`` wrote, from its UTF-8 bytes.
    public static func unpack(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> Roadmap {
        var reader = PackedReader(bytes: bytes)
        try reader.expect(raw: header)
        let roadmap = try reader.roadmap()
        try reader.expectEnd()
        return roadmap
    }
}
