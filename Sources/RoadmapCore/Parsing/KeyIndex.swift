/// Keys in the order they were entered, each found again by its bytes: without making a
/// `String` of a key that is there already, and without hashing it through `Hasher`.
///
/// Keys compare as `String`s compare. ASCII keys are equal only when their bytes are, so they
/// are compared by byte: each keeps a 64-bit FNV-1a digest of its bytes, compared before the
/// bytes themselves. A few keys are searched in order; beyond ``linearLimit``, a hash table of
/// their positions, probed from each digest, finds them, so entering stays linear however many
/// there are. Once a key with a byte beyond ASCII is entered, every key is found through a
/// dictionary of strings instead, which compares by canonical equivalence (`é` as one scalar
/// or as `e` and an accent; `;` and the Greek question mark).
struct KeyIndex: Sendable {
    private var digests: [UInt64] = []
    /// The keys' bytes one after another, and where each ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing, kept once there are more than ``linearLimit`` keys: each slot holds a
    /// key's position plus one, or 0 when empty, and a key is looked for from the slot its
    /// digest picks (``slot(of:)``) to the first empty one. At most half the slots are taken.
    private var slots: [Int] = []
    /// Every key's position by its text, kept from the first key beyond ASCII on.
    private var byText: [String: Int]?
    /// The bits of each digest kept: all of them, except in tests that make digests collide.
    private let digestMask: UInt64

    static let linearLimit = 16

    init(digestMask: UInt64 = .max) {
        self.digestMask = digestMask
    }

    var count: Int { ends.count }

    /// The position of `key`, after entering it at the end when it is new.
    mutating func position(entering key: UnsafeBufferPointer<UInt8>) -> Int {
        if byText == nil, UTF8Bytes.containsNonASCII(key) { startComparingText() }
        if byText != nil { return position(enteringText: key) }
        let digest = Self.digest(of: key) & digestMask
        if let found = position(of: key, digest: digest) { return found }
        return append(key, digest: digest)
    }

    /// Calls `body` with the bytes of the key at `position`.
    func withKey<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = position == 0 ? 0 : ends[position - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[position]])) }
    }

    private mutating func append(_ key: UnsafeBufferPointer<UInt8>, digest: UInt64) -> Int {
        let position = ends.count
        if position == 0 {
            // Room for the usual few keys at once.
            digests.reserveCapacity(8)
            ends.reserveCapacity(8)
            bytes.reserveCapacity(8 * 24)
        }
        digests.append(digest)
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        // Keys compared as text are found through ``byText``: their digests are not kept up.
        if byText != nil {
            return position
        } else if position == Self.linearLimit {
            makeSlots(count: 64)
        } else if position > Self.linearLimit {
            // Doubled when more than half would be taken, which keeps probes short.
            if 2 * ends.count > slots.count { makeSlots(count: 2 * slots.count) } else { fillSlot(with: position) }
        }
        return position
    }

    /// Makes `count` (a power of two) empty slots and fills one for each key.
    private mutating func makeSlots(count: Int) {
        assert(count.nonzeroBitCount == 1, "slot(of:) keeps a power of two's bits")
        slots = Array(repeating: 0, count: count)
        for position in digests.indices { fillSlot(with: position) }
    }

    private mutating func fillSlot(with position: Int) {
        var slot = slot(of: digests[position])
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = position + 1
    }

    /// Where a search for `digest` starts: its bits mixed (Fibonacci hashing) and the top ones
    /// kept, so that keys differing only in their last bytes spread over the table.
    private func slot(of digest: UInt64) -> Int {
        Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    private func position(of key: UnsafeBufferPointer<UInt8>, digest: UInt64) -> Int? {
        if ends.count > Self.linearLimit {
            var slot = slot(of: digest)
            while slots[slot] != 0 {
                let position = slots[slot] - 1
                if digests[position] == digest, hasKey(key, at: position) { return position }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
        for (position, stored) in digests.enumerated() where stored == digest && hasKey(key, at: position) {
            return position
        }
        return nil
    }

    private func hasKey(_ key: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        withKey(at: position) { UTF8Bytes.equal($0, key) }
    }

    /// Enters every key so far in ``byText``: all ASCII, so each is its own text.
    private mutating func startComparingText() {
        var byText: [String: Int] = [:]
        byText.reserveCapacity(count + 1)
        for position in 0..<count { byText[withKey(at: position) { String(decoding: $0, as: UTF8.self) }] = position }
        self.byText = byText
    }

    private mutating func position(enteringText key: UnsafeBufferPointer<UInt8>) -> Int {
        let text = String(decoding: key, as: UTF8.self)
        if let found = byText?[text] { return found }
        let position = append(key, digest: 0)
        byText?[text] = position
        return position
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
