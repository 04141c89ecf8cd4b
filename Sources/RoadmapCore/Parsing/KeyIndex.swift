/// Keys in the order they were entered, each found again by its bytes: without making a
/// `String` of a key that is there already, and without hashing it through `Hasher`.
///
/// Each key keeps a 64-bit FNV-1a digest of its bytes, compared before the bytes themselves.
/// A few keys are searched in order; beyond ``linearLimit`` a dictionary finds a digest's
/// first key, so entering stays linear however many there are.
struct KeyIndex {
    private var digests: [UInt64] = []
    /// The keys' bytes one after another, and where each ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// The first position of each digest, kept once there are more than ``linearLimit`` keys.
    private var firstByDigest: [UInt64: Int] = [:]

    static let linearLimit = 16

    var count: Int { ends.count }

    /// The position of `key`, after entering it at the end when it is new.
    mutating func position(entering key: UnsafeBufferPointer<UInt8>) -> Int {
        let digest = Self.digest(of: key)
        if let found = position(of: key, digest: digest) { return found }
        let position = ends.count
        if position == 0 {
            // Room for a topic's usual few subtopics at once.
            digests.reserveCapacity(8)
            ends.reserveCapacity(8)
            bytes.reserveCapacity(8 * 24)
        }
        digests.append(digest)
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        if position == Self.linearLimit {
            for (index, earlier) in digests.enumerated() where firstByDigest[earlier] == nil { firstByDigest[earlier] = index }
        } else if position > Self.linearLimit, firstByDigest[digest] == nil {
            firstByDigest[digest] = position
        }
        return position
    }

    /// Calls `body` with the bytes of the key at `position`.
    func withKey<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = position == 0 ? 0 : ends[position - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[position]])) }
    }

    private func position(of key: UnsafeBufferPointer<UInt8>, digest: UInt64) -> Int? {
        if ends.count > Self.linearLimit {
            guard let first = firstByDigest[digest] else { return nil }
            if hasKey(key, at: first) { return first }
            // Two keys with one digest: read them all.
        }
        for (position, stored) in digests.enumerated() where stored == digest && hasKey(key, at: position) {
            return position
        }
        return nil
    }

    private func hasKey(_ key: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        withKey(at: position) { UTF8Bytes.equal($0, key) }
    }

    /// FNV-1a, 64 bits.
    static func digest(of key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var digest: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return digest
    }
}
