/// The models of roadmap files parsed before, kept in a folder so that a large roadmap is
/// parsed once per change rather than on every command.
///
/// Each roadmap file has one entry, named by a hash of its id and path. The entry holds the
/// identity of the program that wrote it, the hash and size of the Markdown it was parsed
/// from, a hash of its own body, and the packed model. It is used only when all of these
/// match; another build of the program, an edited file or a damaged entry means the file is
/// parsed afresh and the entry replaced. Writing is best effort: a folder that cannot be
/// written just means no cache, and entries are not flushed to disk (they can be made
/// again). Progress never passes through here.
public struct ParseCache: Sendable {
    /// The folder holding the entries.
    public let folder: String
    /// Finds the program's identity, which changes with every build, so a model is never
    /// read by a parser other than the one that made it. Asked only when a document is large
    /// enough to cache; nil means nothing is cached.
    private let identifyProgram: @Sendable () -> String?
    /// Documents smaller than this parse faster than an entry is checked, and are not cached.
    public let minimumBytes: Int

    public init(folder: String, minimumBytes: Int = 16 << 10, programIdentity: @escaping @Sendable () -> String?) {
        self.folder = folder
        self.identifyProgram = programIdentity
        self.minimumBytes = minimumBytes
    }

    public init(folder: String, programIdentity: String, minimumBytes: Int = 16 << 10) {
        self.init(folder: folder, minimumBytes: minimumBytes, programIdentity: { programIdentity })
    }

    /// The roadmap `source` describes: from its entry when that is current, else parsed
    /// (and the entry written).
    public func roadmap(from source: RoadmapSource) throws(RoadmapError) -> Roadmap {
        let size = source.byteCount
        guard size >= minimumBytes, let programIdentity else {
            return try RoadmapParser.parse(source)
        }
        let stamp = Self.stamp(of: source)
        let path = entryPath(for: source)
        if let entry = try? FileSystem.contents(of: path), let roadmap = model(in: entry, program: programIdentity, stamp: stamp),
            roadmap.id == source.id
        {
            return roadmap
        }
        let roadmap = try RoadmapParser.parse(source)
        store(roadmap, program: programIdentity, stamp: stamp, at: path)
        return roadmap
    }

    /// Stores `roadmap` as the model of `source`, which was just parsed into it (by `add`).
    public func remember(_ roadmap: Roadmap, for source: RoadmapSource) {
        guard source.byteCount >= minimumBytes, let programIdentity else { return }
        store(roadmap, program: programIdentity, stamp: Self.stamp(of: source), at: entryPath(for: source))
    }

    /// Deletes the entry for the roadmap `id` read from `fileName`, if there is one (when
    /// the roadmap is removed).
    public func removeEntry(id: String, fileName: String) {
        try? FileSystem.remove(entryPath(id: id, fileName: fileName))
    }

    /// The program's identity on one line, or nil.
    private var programIdentity: String? {
        identifyProgram()?.filter { $0 != "\n" }
    }

    func entryPath(for source: RoadmapSource) -> String {
        entryPath(id: source.id, fileName: source.fileName)
    }

    /// One entry per roadmap id and file, however the path to the file was written.
    private func entryPath(id: String, fileName: String) -> String {
        let file = FileSystem.canonicalPath(fileName) ?? fileName
        return "\(folder)/\(ContentHash(id + "\u{0}" + file)).packed"
    }

    /// What identifies the text a model was parsed from: its hash and size.
    private static func stamp(of source: RoadmapSource) -> String {
        let utf8 = source.utf8
        return "\(utf8.withUnsafeBufferPointer { ContentHash($0) }) \(utf8.count)"
    }

    /// The header up to the body's hash: the magic line, the program, the text's stamp.
    private func headerStart(program: String, stamp: String) -> String {
        "roadmap-cache\n\(program)\n\(stamp) "
    }

    /// The model in an entry, if the entry is whole and was made from the same text by
    /// this program.
    private func model(in entry: [UInt8], program: String, stamp: String) -> Roadmap? {
        entry.withUnsafeBufferPointer { bytes in
            // The header is three lines; the body follows.
            var newlines = 0
            guard let end = bytes.firstIndex(where: { byte in
                if byte == UInt8(ascii: "\n") { newlines += 1 }
                return newlines == 3
            }) else { return nil }
            // Another program or text is seen before the body is hashed.
            let start = headerStart(program: program, stamp: stamp).utf8
            guard bytes.starts(with: start) else { return nil }
            let body = UnsafeBufferPointer(rebasing: bytes[(end + 1)...])
            guard bytes[start.count...end].elementsEqual("\(ContentHash(body))\n".utf8) else { return nil }
            return try? PackedRoadmap.unpack(body)
        }
    }

    private func store(_ roadmap: Roadmap, program: String, stamp: String, at path: String) {
        // Only inside a data folder that exists: a command that records nothing does not
        // create one. Two processes writing the same entry at once can spoil it; the entry's
        // checksum then fails and the next command parses again.
        let parent = folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? "."
        guard FileSystem.kind(of: parent.isEmpty ? "/" : parent) == .folder else { return }
        PackedRoadmap.withPackedBytes(of: roadmap) { body in
            var header = "\(headerStart(program: program, stamp: stamp))\(ContentHash(body))\n"
            do {
                try FileSystem.createFolder(folder)
                // The header, then the body where it lies: neither is copied into one array.
                try FileSystem.writeAtomically(to: path, durably: false) { file in
                    header.withUTF8 { file.write($0) }
                    file.write(body)
                }
            } catch {
                // Best effort: without an entry, the next command parses again.
            }
        }
    }
}
