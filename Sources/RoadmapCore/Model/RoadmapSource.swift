/// The unparsed text of one roadmap, with the name it is known by.
///
/// Bundled roadmaps are compiled into the binary as sources; a user's file becomes one
/// through ``init(id:fileName:bytes:)``. The id is the file name without `.md`.
public struct RoadmapSource: Sendable, Hashable {
    /// The roadmap's id, used on the command line and as its key in the progress file.
    public let id: String
    /// The file name shown in messages (`ml-mastery.md`).
    public let fileName: String
    /// The document as it was given: a text (the bundled roadmaps' are compiled in and not
    /// copied at start-up), or a file's bytes, well-formed UTF-8, which the parser reads
    /// without decoding them into a `String`.
    private let storage: Storage

    private enum Storage: Sendable {
        case text(String)
        case utf8([UInt8])
    }

    /// The document text.
    public var text: String {
        switch storage {
        case .text(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The document's UTF-8 bytes.
    var utf8: [UInt8] {
        switch storage {
        case .text(let text): Array(text.utf8)
        case .utf8(let bytes): bytes
        }
    }

    /// How many bytes of UTF-8 the document has.
    var byteCount: Int {
        switch storage {
        case .text(let text): text.utf8.count
        case .utf8(let bytes): bytes.count
        }
    }

    public init(id: String, fileName: String, text: String) {
        self.id = id
        self.fileName = fileName
        storage = .text(text)
    }

    /// Reads raw file bytes: a UTF-8 byte order mark is dropped, a well-formed file is kept
    /// as it is, and in any other the invalid sequences become U+FFFD, so any file can be read.
    public init(id: String, fileName: String, bytes: [UInt8]) {
        let body = UTF8Bytes.droppingByteOrderMark(bytes)
        // Most files are well-formed and are kept as they are, checked without decoding (a
        // large one on two threads, as the parser reads it).
        let wellFormed = UTF8Bytes.isValidUTF8(body, inParallelFrom: ScannedDocument.parallelThreshold)
        self.init(id: id, fileName: fileName, utf8: wellFormed ? body : Array(String(decoding: body, as: UTF8.self).utf8))
    }

    private init(id: String, fileName: String, utf8: [UInt8]) {
        self.id = id
        self.fileName = fileName
        storage = .utf8(utf8)
    }

    /// Equal for the same id, file name and text, however each was given. Texts are compared
    /// by their UTF-8 bytes, as the parser reads them (not as `String`s, which equate
    /// canonically equivalent text such as a precomposed and a combining `é`).
    public static func == (lhs: RoadmapSource, rhs: RoadmapSource) -> Bool {
        lhs.id == rhs.id && lhs.fileName == rhs.fileName && lhs.byteCount == rhs.byteCount && lhs.utf8 == rhs.utf8
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(fileName)
        hasher.combine(utf8)
    }
}

extension RoadmapSource {
    /// Whether a `--roadmap` value names a file rather than a roadmap id.
    public static func isPath(_ value: String) -> Bool {
        value.contains("/") || value.lowercased().hasSuffix(".md") || value.lowercased().hasSuffix(".markdown")
    }

    /// Reads a Markdown file; its id is `id`, else the file name without its extension.
    ///
    /// A file of 256 KiB or more is read on two threads and, with glibc, sets the process's
    /// allocator to take memory in large steps and keep what is freed (`HeapGrowth`).
    public init(path: String, id givenID: String? = nil) throws(RoadmapError) {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        switch FileSystem.kind(of: path) {
        case .file: break
        case .missing: throw .cannotRead(file: path, reason: "no such file")
        case .folder: throw .cannotRead(file: path, reason: "it is a folder, not a Markdown file")
        case .other: throw .cannotRead(file: path, reason: "it is not a regular file")
        }
        if let size = FileSystem.size(of: path), size > RoadmapParser.maximumBytes {
            throw .tooLarge(file: path, bytes: size, limit: RoadmapParser.maximumBytes)
        }
        let bytes: [UInt8]
        do {
            // A large file is read on two threads, as it is then parsed.
            bytes = try FileSystem.contents(of: path, inParallelFrom: ScannedDocument.parallelThreshold)
        } catch {
            throw .cannotRead(file: path, reason: error.reason)
        }
        var id = fileName
        for suffix in [".md", ".markdown", ".MD"] where id.hasSuffix(suffix) {
            id = String(id.dropLast(suffix.count))
        }
        self.init(id: givenID ?? id, fileName: path, bytes: bytes)
    }
}
