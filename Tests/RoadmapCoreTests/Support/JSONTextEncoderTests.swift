import Foundation
import Testing
import TestSupport
@testable import RoadmapCore

// Every test encodes a value with Foundation's JSONEncoder and with JSONTextEncoder and expects
// the very same bytes (or the same error).

private func foundationEncode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
}

private func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let expected = try foundationEncode(value)
    let actual = try JSONTextEncoder().encode(value)
    // Compared as text first for a readable diff, then as bytes.
    #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            sourceLocation: sourceLocation)
    #expect(actual == expected, sourceLocation: sourceLocation)
}

/// Both encoders' errors for `value`, which both must refuse.
private func errors<T: Encodable>(_ value: T) -> (foundation: (any Error)?, ours: (any Error)?) {
    var foundation: (any Error)?
    var ours: (any Error)?
    do { _ = try foundationEncode(value) } catch { foundation = error }
    do { _ = try JSONTextEncoder().encode(value) } catch { ours = error }
    return (foundation, ours)
}

private func invalidValueContext(_ error: (any Error)?) -> EncodingError.Context? {
    if case .invalidValue(_, let context)? = error as? EncodingError { return context }
    return nil
}

/// Expects both encoders to throw `EncodingError.invalidValue` with the same coding path and
/// the same text.
private func expectSameError<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) {
    let (foundation, ours) = errors(value)
    let foundationContext = invalidValueContext(foundation)
    let ourContext = invalidValueContext(ours)
    #expect(foundationContext != nil, sourceLocation: sourceLocation)
    #expect(ourContext != nil, sourceLocation: sourceLocation)
    #expect(ourContext?.codingPath.map(\.stringValue) == foundationContext?.codingPath.map(\.stringValue),
            sourceLocation: sourceLocation)
    #expect(ourContext?.codingPath.map(\.intValue) == foundationContext?.codingPath.map(\.intValue),
            sourceLocation: sourceLocation)
    #expect(ourContext?.debugDescription == foundationContext?.debugDescription, sourceLocation: sourceLocation)
    #expect(ours.map { "\($0)" } == foundation.map { "\($0)" }, sourceLocation: sourceLocation)
    #expect(ours.map { String(reflecting: $0) } == foundation.map { String(reflecting: $0) },
            sourceLocation: sourceLocation)
}

// MARK: - Fixtures

private struct Wrapper<T: Encodable>: Encodable { var value: T }

private enum Level: String, Codable { case beginner, intermediate, expert = "EXPERT" }
private enum Tag: String, Codable, CodingKeyRepresentable { case swift, rust = "Rust" }

private struct Person: Codable {
    var name: String
    var age: Int
    var level: Level
    var tags: [String]
    var address: Address?
    var nickname: String?
}

private struct Address: Codable { var street: String; var zip: String }

private struct Settings: Codable { var hoursPerWeek: Double }
private struct Profile: Codable { var name: String; var settings: Settings }
private struct FloatSettings: Codable { var hoursPerWeek: Float }
private struct Profile32: Codable { var settings: FloatSettings }

/// `encode(nil, forKey:)` writes null; `encodeIfPresent(nil, forKey:)` leaves the key out.
private struct Optionals: Encodable {
    enum Key: String, CodingKey { case written, omitted, present, presentNil }
    var value: Int?
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(value, forKey: .written)
        try container.encodeIfPresent(value, forKey: .omitted)
        try container.encodeIfPresent(Optional(7), forKey: .present)
        try container.encodeNil(forKey: .presentNil)
    }
}

/// As the project's types do: encodes another value into the same encoder, then asks for a
/// keyed container again and adds keys. Both must land in one object.
private struct Extended: Encodable {
    enum Key: String, CodingKey { case extra, zzz, name }
    var base: Person
    func encode(to encoder: any Encoder) throws {
        try base.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode("more", forKey: .extra)
        try container.encode([1, 2], forKey: .zzz)
        try container.encode("replaced", forKey: .name)   // overwrites base's "name"
    }
}

/// Like the project's timestamp: a single String value.
private struct Timestamp: Codable {
    var text: String
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

private struct Event: Codable { var at: Timestamp; var seen: [Timestamp] }

/// Values that encode nothing: JSONEncoder writes `{}` for them.
private struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }
private struct OnlyKeyed: Encodable {
    enum Key: CodingKey { case a }
    func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: Key.self) }
}
private struct OnlyUnkeyed: Encodable {
    func encode(to encoder: any Encoder) throws { _ = encoder.unkeyedContainer() }
}

/// Keys encoded again: the later value takes the earlier one's place. `count` keys in all:
/// a small object and one with many members.
private struct KeysAgain: Encodable {
    let count: Int
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: _Key.self)
        for index in 0..<count { try container.encode(index, forKey: _Key("k\(index)")) }
        try container.encode("again", forKey: _Key("k1"))
        try container.encode(["last"], forKey: _Key("k\(count - 1)"))
        var nested = container.nestedContainer(keyedBy: _Key.self, forKey: _Key("nested"))
        try nested.encode(true, forKey: _Key("inner"))
    }
    struct _Key: CodingKey {
        let stringValue: String
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}

/// Nested keyed and unkeyed containers, asked for twice, and super encoders.
private struct Containers: Encodable {
    enum Key: String, CodingKey { case inner, list, sup, plain }
    enum InnerKey: String, CodingKey { case x, y, deep }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        var inner = container.nestedContainer(keyedBy: InnerKey.self, forKey: .inner)
        try inner.encode(1, forKey: .x)
        var again = container.nestedContainer(keyedBy: InnerKey.self, forKey: .inner)
        try again.encode(2, forKey: .y)
        var deep = again.nestedUnkeyedContainer(forKey: .deep)
        try deep.encode(true)
        var deepObject = deep.nestedContainer(keyedBy: InnerKey.self)
        try deepObject.encodeNil(forKey: .x)
        _ = deep.nestedUnkeyedContainer()
        try deep.encode(Nothing())
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode("a")
        try list.encode(Int8.min)
        try list.encode(Float(0.5))
        try list.encode(Timestamp(text: "t"))
        try list.encodeNil()
        try container.encode(Person.sample, forKey: .sup)
        try Person.sample.encode(to: container.superEncoder())
        _ = container.superEncoder(forKey: .plain)
    }
}

private class Animal: Encodable {
    var legs = 4
    private enum Key: CodingKey { case legs }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(legs, forKey: .legs)
    }
}

private final class Dog: Animal {
    var name = "Rex"
    private enum Key: CodingKey { case name }
    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(name, forKey: .name)
        try super.encode(to: container.superEncoder())
    }
}

private struct SuperInArray: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(1)
        try Dog().encode(to: container.superEncoder())
        _ = container.superEncoder()
        try container.encode(3)
    }
}

/// Arrays nested `depth` deep.
private struct Deep: Encodable {
    var depth: Int
    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        if depth > 1 { try container.encode(Deep(depth: depth - 1)) }
    }
}

private struct Integers: Codable {
    var int = Int.min, intMax = Int.max, int8 = Int8.min, int8Max = Int8.max
    var int16 = Int16.min, int16Max = Int16.max, int32 = Int32.min, int32Max = Int32.max
    var int64 = Int64.min, int64Max = Int64.max, uint = UInt.max, uintMin = UInt.min
    var uint8 = UInt8.max, uint16 = UInt16.max, uint32 = UInt32.max, uint64 = UInt64.max
}

private struct Thrower: Encodable {
    struct Failure: Error, Equatable {}
    func encode(to encoder: any Encoder) throws { throw Failure() }
}

extension Person {
    fileprivate static let sample = Person(
        name: "Ada", age: 36, level: .expert, tags: ["math", "a/b"],
        address: Address(street: "1 \"Main\" St", zip: "0"), nickname: nil)
}

// MARK: - Strings

private let controlCharacters = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
private let specialStrings = [
    "", "plain", "\"", "\\", "/", "a/b//c", "\u{7F}", "é", "e\u{301}", "😀", "👩‍👩‍👧", "🇫🇷",
    "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFF}", "日本語", "tab\there", "\"quoted\" \\ back\\slash",
    String((0..<128).map { Character(UnicodeScalar(UInt8($0))) }),
]

@Test("strings: top level, as a value, as a key", arguments: controlCharacters + specialStrings)
func strings(_ string: String) throws {
    try expectSame(string)
    try expectSame(Wrapper(value: string))
    try expectSame([string: string, "k": string])
    try expectSame([string])
}

// MARK: - Numbers

private let listedDoubles: [Double] = [
    0, -0.0, 1, 2.0, 0.1, 1.5, 4.333, 1e-7, 1e21, 1e22, 123_456_789_012_345_680, .greatestFiniteMagnitude,
    .leastNonzeroMagnitude, .leastNormalMagnitude, -.greatestFiniteMagnitude, -3.25, 1e15, 1e16, 1e17,
    0.001, 0.0001, 100, 1 / 3, .pi, 9_007_199_254_740_992, -1e-300,
]

@Test("doubles and floats", arguments: listedDoubles)
func doubles(_ value: Double) throws {
    try expectSame(value)
    try expectSame(Wrapper(value: value))
    try expectSame([value, value])
    try expectSame(Settings(hoursPerWeek: value))
    let float = Float(value)
    if float.isFinite {
        try expectSame(float)
        try expectSame(Wrapper(value: float))
    } else {   // too large for a Float: both refuse it
        expectSameError(Wrapper(value: float))
    }
}

@Test func randomDoubles() throws {
    var generator = SplitMix64(seed: 2024)
    var values: [Double] = []
    while values.count < 3000 {   // any bit pattern: every exponent and sign
        let value = Double(bitPattern: generator.next())
        if value.isFinite { values.append(value) }
    }
    for _ in 0..<1500 {   // the kind of numbers people write
        values.append(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 100)
        values.append(Double.random(in: -1000...1000, using: &generator))
    }
    var floats: [Float] = []
    while floats.count < 1500 {
        let value = Float(bitPattern: UInt32(truncatingIfNeeded: generator.next()))
        if value.isFinite { floats.append(value) }
    }
    let ours = JSONTextEncoder()
    var mismatches: [String] = []
    for value in values {
        let wrapped = Wrapper(value: value)
        if try ours.encode(wrapped) != foundationEncode(wrapped) { mismatches.append("\(value)") }
    }
    for value in floats {
        let wrapped = Wrapper(value: value)
        if try ours.encode(wrapped) != foundationEncode(wrapped) { mismatches.append("Float \(value)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    try expectSame(values)   // also as one array (Foundation's fast path for [Double])
    try expectSame(floats)
}

@Test func integerExtremes() throws {
    try expectSame(Integers())
    try expectSame([Int.min, 0, Int.max])
    try expectSame([UInt64.max])
    try expectSame(Int8.min)
    try expectSame(UInt8.max)
}

@Test func booleans() throws {
    try expectSame(true)
    try expectSame([true, false])
    try expectSame(["yes": true, "no": false])
}

// MARK: - Structure

/// One row of a table-driven test: a name and a check.
struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let check: @Sendable () throws -> Void
    init(_ name: String, _ check: @escaping @Sendable () throws -> Void) { (self.name, self.check) = (name, check) }
    var testDescription: String { name }
}

private let structureCases: [Case] = [
    Case("top-level String") { try expectSame("hello") },
    Case("top-level Int") { try expectSame(42) },
    Case("top-level Double") { try expectSame(2.5) },
    Case("top-level array") { try expectSame([1, 2, 3]) },
    Case("top-level empty array") { try expectSame([Int]()) },
    Case("top-level empty object") { try expectSame([String: Int]()) },
    Case("empty array in object") { try expectSame(Wrapper(value: [String]())) },
    Case("empty object in object") { try expectSame(Wrapper(value: [String: Int]())) },
    Case("empty containers in array") { try expectSame([[Int](), [], [1]]) },
    Case("empty objects in arrays") { try expectSame([[[String: Int]()], [["a": 1]]]) },
    Case("array of arrays") { try expectSame([[1, 2], [3], [], [4, 5, 6]]) },
    Case("nested structs") { try expectSame(Person.sample) },
    Case("array of structs") { try expectSame([Person.sample, Person.sample]) },
    Case("sorted keys") {
        try expectSame(["a": 1, "B": 2, "_x": 3, "é": 4, "a1": 5, "a10": 6, "a2": 7, "Z": 8, "": 9,
                        "e\u{301}x": 10, "f": 11, "\u{FF61}": 12, "😀": 13, "A": 14, "aB": 15, "ab": 16])
    },
    Case("[String: [String: String]]") {
        try expectSame(["z": ["b": "1", "a": "2"], "a": [:], "m": ["only": "x/y"]])
    },
    Case("[Int: String]") { try expectSame([3: "c", 1: "a", 20: "t", -1: "minus"]) },
    Case("enum raw values") { try expectSame([Level.beginner, .intermediate, .expert]) },
    Case("enum-keyed dictionary as array") { try expectSame([Level.expert: 1]) },
    Case("CodingKeyRepresentable dictionary") { try expectSame([Tag.swift: 1, Tag.rust: 2]) },
    Case("optional properties") {
        try expectSame(Person(name: "B", age: 1, level: .beginner, tags: [], address: nil, nickname: "b"))
    },
    Case("encode(nil) vs encodeIfPresent(nil)") { try expectSame(Optionals(value: nil)) },
    Case("encode(some) vs encodeIfPresent(some)") { try expectSame(Optionals(value: 3)) },
    Case("optionals in arrays") { try expectSame([1, nil, 3] as [Int?]) },
    Case("top-level nil") { try expectSame(Int?.none) },
    Case("two keyed containers, one object") { try expectSame(Extended(base: .sample)) },
    Case("single value String") { try expectSame(Timestamp(text: "2024-01-02T03:04:05Z")) },
    Case("single values in struct") {
        try expectSame(Event(at: Timestamp(text: "now"), seen: [Timestamp(text: "a"), Timestamp(text: "b")]))
    },
    Case("values that encode nothing") {
        try expectSame(Wrapper(value: Nothing()))
        try expectSame([Nothing()])
        try expectSame(OnlyKeyed())
        try expectSame(OnlyUnkeyed())
    },
    Case("nested containers and super encoders") { try expectSame(Containers()) },
    Case("keys encoded again, few members") { try expectSame(KeysAgain(count: 4)) },
    Case("keys encoded again, many members") { try expectSame(KeysAgain(count: 40)) },
    Case("a dictionary of many entries") {
        try expectSame(Dictionary(uniqueKeysWithValues: (0..<300).map { ("topic-\(($0 * 7919) % 300)", $0) }))
    },
    Case("class with superEncoder") { try expectSame(Dog()) },
    Case("superEncoder in unkeyed container") { try expectSame(SuperInArray()) },
    Case("511 nested arrays") { try expectSame(Deep(depth: 511)) },
]

@Test("containers and values", arguments: structureCases)
func structure(_ row: Case) throws {
    try row.check()
}

// MARK: - Errors

@Test func nonFiniteInNestedKey() throws {
    for value in [Double.infinity, -.infinity, .nan] {
        let profile = Profile(name: "p", settings: Settings(hoursPerWeek: value))
        expectSameError(profile)
        expectSameError(Profile32(settings: FloatSettings(hoursPerWeek: Float(value))))
        let ours = errors(profile).ours
        #expect(invalidValueContext(ours)?.codingPath.map(\.stringValue) == ["settings", "hoursPerWeek"])
        #expect("\(ours.map { "\($0)" } ?? "")".contains("hoursPerWeek"))
    }
    // The text the project's error message is built from.
    let text = errors(Profile(name: "p", settings: Settings(hoursPerWeek: .infinity))).ours.map { "\($0)" }
    #expect(text == "EncodingError.invalidValue: inf (Double). Path: settings.hoursPerWeek. Debug description: Unable to encode Double.inf directly in JSON.")
}

@Test func nonFiniteElsewhere() {
    expectSameError(Double.infinity)
    expectSameError(Float.nan)
    expectSameError(["a": ["b": Double.nan]])
    expectSameError([1, 2, Double.infinity])
    expectSameError([[1.0], [2, -Double.infinity]])
    expectSameError(Wrapper(value: [0.5, .nan]))
    expectSameError([Settings(hoursPerWeek: 1), Settings(hoursPerWeek: .infinity)])
}

/// A known difference: through `nestedContainer(keyedBy:forKey:)`, JSONEncoder leaves the outer
/// key out of the coding path; JSONTextEncoder gives the whole path.
@Test func nonFiniteInNestedContainer() {
    struct Manual: Encodable {
        enum Key: String, CodingKey { case settings, hoursPerWeek }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: .settings)
            try nested.encode(Double.infinity, forKey: .hoursPerWeek)
        }
    }
    let (foundation, ours) = errors(Manual())
    #expect(invalidValueContext(foundation)?.codingPath.map(\.stringValue) == ["hoursPerWeek"])
    #expect(invalidValueContext(ours)?.codingPath.map(\.stringValue) == ["settings", "hoursPerWeek"])
}

@Test func topLevelValueThatEncodesNothing() {
    expectSameError(Nothing())
}

@Test func nestedTooDeep() {
    expectSameError(Deep(depth: 512))
}

@Test func errorsFromEncodeToPassThrough() {
    let (foundation, ours) = errors([Wrapper(value: Thrower())])
    #expect(foundation is Thrower.Failure)
    #expect(ours is Thrower.Failure)
}
