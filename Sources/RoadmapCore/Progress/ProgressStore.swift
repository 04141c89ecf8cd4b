/// Reads and writes `progress.json` in the data folder (`~/.roadmap` unless the caller says
/// otherwise).
///
/// Writes are atomic (a temporary file beside the old one, flushed, then renamed over it)
/// and every read-modify-write holds an advisory lock, so concurrent `roadmap` processes each
/// keep their change. A file that cannot be read is never overwritten.
public struct ProgressStore: Sendable {
    /// The folder holding `progress.json`.
    public let folder: String

    public init(folder: String) {
        self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    /// The path of the progress file.
    public var path: String { folder + "/progress.json" }
    private var lockPath: String { folder + "/progress.json.lock" }

    /// Whether the data folder exists yet (nothing has been recorded when it does not).
    public var folderExists: Bool { FileSystem.kind(of: folder) != .missing }

    /// The stored progress; empty progress when no file exists yet.
    public func load() throws(ProgressError) -> StudyProgress {
        try read().progress
    }

    /// The stored progress and the bytes it was decoded from (nil when there is no file).
    private func read() throws(ProgressError) -> (progress: StudyProgress, bytes: [UInt8]?) {
        switch FileSystem.kind(of: folder) {
        case .missing: return (StudyProgress(), nil)
        case .folder: break
        case .file, .other: throw .notAFolder(path: folder)
        }
        switch FileSystem.kind(of: path) {
        case .missing: return (StudyProgress(), nil)
        case .file: break
        case .folder, .other: throw .unreadable(path: path, reason: "it is not a regular file")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.contents(of: path)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        return (try Self.decode(bytes, path: path), bytes)
    }

    /// Where the original of a file in an older format is kept when it is first rewritten.
    public func backupPath(forVersion version: Int) -> String { "\(path).v\(version).bak" }

    /// Loads the progress under an exclusive lock, lets `change` modify it, and saves the
    /// result atomically if it differs. Returns what `change` returns.
    public func update<T>(_ change: (inout StudyProgress) throws -> T) throws -> T {
        try update(reportingChanges: { progress in
            let stored = progress
            let result = try change(&progress)
            return (result, progress != stored)
        })
    }

    /// Like ``update(_:)`` for a change that says itself whether it changed anything, so the
    /// progress is neither copied nor compared (a hundred thousand entries cost both).
    public func update<T>(reportingChanges change: (inout StudyProgress) throws -> (result: T, changed: Bool)) throws -> T {
        do {
            try FileSystem.createFolder(folder)
        } catch {
            if FileSystem.kind(of: folder) == .file || FileSystem.kind(of: folder) == .other {
                throw ProgressError.notAFolder(path: folder)
            }
            throw ProgressError.folderUnavailable(path: folder, reason: error.reason)
        }
        let outcome: Result<T, any Error>
        do {
            outcome = try FileSystem.withExclusiveLock(on: lockPath) { () throws(any Error) -> T in
                FileSystem.removeStaleTemporaries(of: path)
                var (progress, bytes) = try read()
                let version = progress.version
                let (result, changed) = try change(&progress)
                if changed {
                    if let bytes, version < StudyProgress.currentVersion {
                        try keepOriginal(bytes, version: version)
                    }
                    try save(progress)
                }
                return result
            }
        } catch {
            throw ProgressError.folderUnavailable(path: folder, reason: error.reason)
        }
        return try outcome.get()
    }

    /// Copies a file in an older format aside before it is rewritten, once.
    private func keepOriginal(_ bytes: [UInt8], version: Int) throws(ProgressError) {
        let backup = backupPath(forVersion: version)
        guard FileSystem.kind(of: backup) == .missing else { return }
        do {
            try FileSystem.writeAtomically(bytes, to: backup)
        } catch {
            throw .cannotWrite(path: backup, reason: error.reason)
        }
    }

    private func save(_ progress: StudyProgress) throws(ProgressError) {
        var progress = progress
        progress.version = StudyProgress.currentVersion
        guard ProgressWriter.canWrite(progress) else {
            // The general encoder refuses what the writer cannot write, and says why.
            do {
                var bytes = try JSONTextEncoder().encode(progress)
                bytes.append(UInt8(ascii: "\n"))
                try FileSystem.writeAtomically(bytes, to: path)
                return
            } catch let error as SystemError {
                throw .cannotWrite(path: path, reason: error.reason)
            } catch {
                throw .cannotWrite(path: path, reason: "\(error)")
            }
        }
        do {
            try FileSystem.writeAtomically(to: path) { file in
                ProgressWriter.write(progress) { file.write($0) }
                var newline = UInt8(ascii: "\n")
                withUnsafePointer(to: &newline) { file.write(UnsafeBufferPointer(start: $0, count: 1)) }
            }
        } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
    }

    static func decode(_ bytes: [UInt8], path: String) throws(ProgressError) -> StudyProgress {
        // A byte order mark is no part of the JSON (the next save leaves it out).
        let bytes = UTF8Bytes.droppingByteOrderMark(bytes)
        // The scanner reads a well-formed file quickly; whatever it leaves, the careful reader
        // accepts or explains.
        let progress = if let scanned = ProgressScanner.progress(from: bytes) { scanned } else { try decodeCarefully(bytes, path: path) }
        if progress.version > StudyProgress.currentVersion {
            throw .newerVersion(path: path, found: progress.version, supported: StudyProgress.currentVersion)
        }
        return progress
    }

    /// Reads progress through a ``JSONValue`` tree, saying where the JSON breaks or has the
    /// wrong shape.
    static func decodeCarefully(_ bytes: [UInt8], path: String) throws(ProgressError) -> StudyProgress {
        let json: JSONValue
        do {
            json = try JSONValue.parse(bytes)
        } catch {
            throw .unreadable(path: path, reason: "invalid JSON at \(error.description)")
        }
        do {
            return try ProgressReader.progress(from: json)
        } catch {
            throw .unreadable(path: path, reason: error.message)
        }
    }
}
