#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The build ID the linker writes into a 64-bit little-endian ELF file (the `NT_GNU_BUILD_ID`
/// note): a hash of the linked program, so any change to the code gives another.
enum ELFBuildID {
    /// The build ID of the file at `path` in hex, or nil when it is not such a file or has none.
    static func read(from path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let file = File(descriptor: descriptor)
        guard let header = file.bytes(at: 0, count: 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let tableOffset = Int(truncatingIfNeeded: header.number(at: 32, size: 8))
        let entrySize = Int(header.number(at: 54, size: 2)), entryCount = Int(header.number(at: 56, size: 2))
        guard entrySize >= 56, entryCount <= 256, tableOffset >= 0,
            let table = file.bytes(at: tableOffset, count: entrySize * entryCount)
        else { return nil }
        for entry in 0..<entryCount {
            let start = entry * entrySize
            guard table.number(at: start, size: 4) == 4 else { continue }  // PT_NOTE
            let offset = Int(truncatingIfNeeded: table.number(at: start + 8, size: 8))
            let size = Int(truncatingIfNeeded: table.number(at: start + 32, size: 8))
            guard offset >= 0, (0...4096).contains(size), let notes = file.bytes(at: offset, count: size) else { continue }
            if let id = buildID(in: notes) { return id }
        }
        return nil
    }

    /// The payload of the note named `GNU` of type 3 among `notes`, in hex.
    private static func buildID(in notes: [UInt8]) -> String? {
        var index = 0
        while index + 12 <= notes.count {
            let nameSize = Int(notes.number(at: index, size: 4)), payloadSize = Int(notes.number(at: index + 4, size: 4))
            let type = notes.number(at: index + 8, size: 4)
            let name = index + 12
            let payload = name + ((nameSize + 3) & ~3)
            let next = payload + ((payloadSize + 3) & ~3)
            guard nameSize <= 64, payloadSize <= 64, next <= notes.count else { return nil }
            if type == 3, notes[name..<name + nameSize].elementsEqual([0x47, 0x4E, 0x55, 0]), payloadSize > 0 {
                return notes[payload..<payload + payloadSize].map { byte in
                    let digits = String(byte, radix: 16)
                    return byte < 16 ? "0" + digits : digits
                }.joined()
            }
            index = next
        }
        return nil
    }

    private struct File {
        let descriptor: Int32

        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            guard count > 0 else { return nil }
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                let got = pread(descriptor, buffer.baseAddress, count, off_t(offset))
                initialized = got == count ? count : 0
            }
            return bytes.count == count ? bytes : nil
        }
    }
}

extension Array where Element == UInt8 {
    /// The little-endian unsigned number of `size` bytes at `offset`.
    fileprivate func number(at offset: Int, size: Int) -> UInt64 {
        (0..<size).reversed().reduce(0) { $0 << 8 | UInt64(self[offset + $1]) }
    }
}
